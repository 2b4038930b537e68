/**
 * Whether passages contain a gold answer. Both sides are normalised the same way: lowercase, accents folded,
 * every run of other characters than letters and digits read as one space (`Financiële, 5 jaar!` →
 * `financiele 5 jaar`).
 *
 * - Short gold spans (`answers: [...]`): a passage contains the answer when it holds any span as a run of whole
 *   words after normalising.
 * - One long human answer (`answer: "..."`, often several sentences that paraphrase an article): whole-string
 *   containment would almost never hold, so it counts as contained when the passages together hold at least
 *   `minLongOverlap` (default 0.6) of the answer's distinct content words (stop words and question words
 *   left out, as in `queryTerms`). Measured on nl-legal-dev: the gold articles hold at least 0.6 of their
 *   answer's words for every question (median 1.0), the best-ranked other article for 2% of them (median 0.21).
 */
import { foldedWords } from '../../ingest/dutch/index.ts';
import { queryTerms } from '../retrieval/index.ts';
import type { GoldAnswer } from './dataset.ts';

export function normaliseForMatch(text: string): string {
  return foldedWords(text).join(' ');
}

export const defaultMinLongOverlap = 0.6;

/** Share (0..1) of the answer's distinct content words that occur as words in the passages. */
export function contentOverlap(answer: string, passages: readonly string[]): number {
  const terms = queryTerms(answer).map((term) => term.term);
  if (terms.length === 0) return 0;
  const words = new Set(passages.flatMap((passage) => normaliseForMatch(passage).split(' ')));
  return terms.filter((term) => words.has(term)).length / terms.length;
}

export function containsAnswer(
  gold: GoldAnswer,
  passages: readonly string[],
  options: { minLongOverlap?: number } = {},
): boolean {
  if (passages.length === 0) return false;
  if (gold.kind === 'long') {
    return contentOverlap(gold.text, passages) >= (options.minLongOverlap ?? defaultMinLongOverlap);
  }
  const padded = passages.map((passage) => ` ${normaliseForMatch(passage)} `);
  return gold.spans.some((span) => {
    const needle = normaliseForMatch(span);
    return needle !== '' && padded.some((passage) => passage.includes(` ${needle} `));
  });
}
