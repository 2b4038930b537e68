/** What a citation marker in a turn points at: the passage, the exact quote if any, and its check. */
import type { PassageView, QuoteView } from '../../../server/contract/index.ts';
import { citedNumbers } from './answer-text.ts';
import type { Turn } from './chat-store.ts';

export type CitationCheck = 'supported' | 'flagged' | 'unchecked';

export interface CitedSource {
  number: number;
  passage: PassageView;
  quote: QuoteView | null;
  check: CitationCheck;
  /** Why the check flagged it, when it did. */
  flagReason: string | null;
}

export function findCitedSource(turn: Turn, number: number): CitedSource | null {
  const passage = turn.sources?.passages.find((candidate) => candidate.number === number);
  if (!passage) return null;
  const quote = turn.answer?.quotes.find((candidate) => candidate.number === number) ?? null;
  const flag = turn.answer?.flagged.find((candidate) => candidate.number === number);
  const live = turn.citations.find((candidate) => candidate.number === number);
  let check: CitationCheck = 'unchecked';
  if (turn.answer?.citations.some((candidate) => candidate.number === number)) check = 'supported';
  else if (flag) check = 'flagged';
  else if (live) check = live.supported ? 'supported' : 'flagged';
  return { number, passage, quote, check, flagReason: flag?.reason ?? live?.reason ?? null };
}

/** The text to show for a turn: the final answer once it is there, else the live preview. */
export function shownText(turn: Turn): string {
  return turn.answer?.text ?? turn.preview;
}

/** Whether the shown text cites this passage (a passage can be found by the search and not be used). */
export function isCited(turn: Turn, number: number): boolean {
  return citedNumbers(shownText(turn)).includes(number);
}
