/** A passage in its surrounding text: the highlighted part with some text before and after it. */

export interface ContextWindow {
  before: string;
  highlight: string;
  after: string;
  /** True when text was left out before or after the window. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface ContextOptions {
  /** Characters of surrounding text on each side, before snapping to a word boundary. */
  contextChars?: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * `highlightStart`/`highlightEnd` are offsets in `text`; the window also covers `[spanStart, spanEnd)`
 * (the whole passage) when given, so the reader sees the passage the quote came from.
 */
export function contextWindow(
  text: string,
  highlightStart: number,
  highlightEnd: number,
  span: { start: number; end: number } = { start: highlightStart, end: highlightEnd },
  options: ContextOptions = {},
): ContextWindow {
  const { contextChars = 300 } = options;
  const start = clamp(highlightStart, 0, text.length);
  const end = clamp(highlightEnd, start, text.length);
  let from = clamp(Math.min(span.start, start) - contextChars, 0, start);
  let to = clamp(Math.max(span.end, end) + contextChars, end, text.length);
  // Snap inward to whole words so the window does not open or close mid-word or on blank lines.
  if (from > 0) {
    const word = text.slice(from, start).search(/\s\S/u);
    if (word >= 0) from += word + 1;
  }
  if (to < text.length) {
    const tail = text.slice(end, to);
    const match = /\S\s[^]*$/u.exec(tail);
    if (match) to = end + match.index + 1;
  }
  return {
    before: text.slice(from, start),
    highlight: text.slice(start, end),
    after: text.slice(end, to),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}
