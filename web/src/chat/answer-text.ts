/**
 * Splits answer text into plain text and citation markers, so markers become buttons and everything else
 * stays a text node. Nothing here interprets Markdown or HTML: a model reply cannot produce markup.
 */

export type AnswerSegment =
  | { kind: 'text'; text: string }
  /** `flagged`: written `[n?]`: the passage does not clearly support the sentence. */
  | { kind: 'marker'; number: number; flagged: boolean };

/** `[4]`, `[4?]`, and in the live preview also `[2, 3]`; `[text](url)` is a link and stays text. */
const markerPattern = /\[(\d{1,3}\??(?:\s*[,;]\s*\d{1,3}\??)*)\](?!\()/gu;

export function parseAnswerText(text: string): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(markerPattern)) {
    if (match.index > position) segments.push({ kind: 'text', text: text.slice(position, match.index) });
    for (const part of (match[1] ?? '').split(/[,;]/u)) {
      const value = part.trim();
      segments.push({
        kind: 'marker',
        number: Number.parseInt(value, 10),
        flagged: value.endsWith('?'),
      });
    }
    position = match.index + match[0].length;
  }
  if (position < text.length) segments.push({ kind: 'text', text: text.slice(position) });
  return segments;
}

/** Every cited number, once, in order of first appearance. */
export function citedNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const segment of parseAnswerText(text)) {
    if (segment.kind === 'marker' && !numbers.includes(segment.number)) numbers.push(segment.number);
  }
  return numbers;
}
