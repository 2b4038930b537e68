/** The answer with its sources as plain text, for pasting into a mail or a case file. */
import { formatLocation, formatPlace } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { citedNumbers } from './answer-text.ts';
import type { Turn } from './chat-store.ts';
import { findCitedSource, shownText } from './citation-lookup.ts';

export function formatAnswerForCopy(turn: Turn, messages: Messages): string {
  const text = shownText(turn).trim();
  const lines = [`${messages.copy.question}: ${turn.question}`, '', `${messages.copy.answer}:`, text];
  const sources = citedNumbers(text)
    .map((number) => findCitedSource(turn, number))
    .filter((source) => source !== null);
  if (sources.length > 0) {
    lines.push('', `${messages.copy.sources}:`);
    for (const { number, passage } of sources) {
      const place = formatPlace(passage, messages);
      lines.push(`[${number}] ${passage.title}${place ? `, ${place}` : ''} (${formatLocation(passage)})`);
    }
  }
  lines.push('', messages.copy.warning);
  return lines.join('\n');
}
