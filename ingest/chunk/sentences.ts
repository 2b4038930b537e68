import { splitSentences, trimSpan, type Span } from '../dutch/index.ts';

export { trimSpan, type Span };

/**
 * Sentences of `text.slice(start, end)`, trimmed, as spans of `text` (`splitSentences` of `ingest/dutch`).
 * A paragraph that a PDF wrapped over lines reads as one, and no span is dropped: the chunks cover the text.
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const options = {
    start,
    end,
    lineBreaks: 'wrapped',
    keepWordless: true,
    joinLowercaseStart: false,
  } as const;
  return splitSentences(text, options).map((span) => ({ start: span.start, end: span.end }));
}

/** Lines of a table block: a row is the natural unit to split a long table at. */
export function lineSpans(text: string, start: number, end: number): Span[] {
  return matchSpans(text, start, end, /[^\r\n]+/g);
}

/** Runs of non-space characters, for a sentence too long to keep whole. */
export function wordSpans(text: string, start: number, end: number): Span[] {
  return matchSpans(text, start, end, /\S+/g);
}

function matchSpans(text: string, start: number, end: number, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const match of text.slice(start, end).matchAll(pattern)) {
    const span = trimSpan(text, start + match.index, start + match.index + match[0].length);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}
