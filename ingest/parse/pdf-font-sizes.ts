/**
 * Headings by font size. Most policy PDFs set their headings in a larger size than the body text and number
 * only some of them ("Inleiding", "Samenvatting"). The body size is the size most of the document's letters
 * are set in; a line clearly larger than that is a heading candidate, and the distinct candidate sizes,
 * largest first, give the levels. Running headers and footers repeat on many pages and are never headings.
 *
 * Only typeset documents qualify. The text layer an OCR engine lays over a scan (most Woo publications) gives
 * every line its own measured size, so there "larger" means nothing: in docs-nl, such documents set at most
 * 67% of their letters in their most common exact size, typeset ones mostly over 85%.
 */
import type { PdfLine } from './pdf-lines.ts';

export interface FontSizes {
  /** Whether the sizes mean anything: false for an OCR text layer (see above). */
  typeset: boolean;
  /** The size of the body text, rounded to half a point. */
  body: number;
  /** Heading sizes, largest first: index + 1 is the level, and any smaller heading size is the last level. */
  headings: number[];
  /** Running headers and footers, as `runningKey` gives them. */
  running: ReadonlySet<string>;
}

/** A heading is at least this much larger than the body: 15%, and a point, so 10.5 pt beside 10 pt is not. */
const minRatio = 1.15;
const minDifference = 1;
/** Deeper levels than this are rare in these documents; smaller heading sizes share the last level. */
const maxLevels = 3;
/** A line on at least this share of the pages (and on three) is a running header or footer. */
const runningShare = 0.3;
const runningMinPages = 3;
/** The share of letters in the most common exact size from which sizes are trusted (see above). */
const typesetShare = 0.75;

export const roundSize = (height: number): number => Math.round(height * 2) / 2;

const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** Page numbers and dates change from page to page in a running header; the words do not. */
export const runningKey = (text: string): string =>
  text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** Running headers and footers sit in the first or last few lines of a page. */
const runningEdgeLines = 3;

function runningLines(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const texts = lines.map((line) => line.text).filter((text) => text.trim() !== '');
    const edges = [...texts.slice(0, runningEdgeLines), ...texts.slice(-runningEdgeLines)];
    for (const key of new Set(edges.map(runningKey))) {
      if (letterCount(key) > 0) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(runningMinPages, pages.length * runningShare);
  return new Set([...pagesWith].filter(([, count]) => count >= needed).map(([key]) => key));
}

export function isLarger(height: number, body: number): boolean {
  return body > 0 && height >= body * minRatio && height - body >= minDifference;
}

/** The font sizes of a whole document, from the lines of all its pages. */
export function fontSizes(pages: readonly (readonly PdfLine[])[]): FontSizes {
  const lettersPerSize = new Map<number, number>();
  const lettersPerExactSize = new Map<number, number>();
  let letters = 0;
  for (const line of pages.flat()) {
    if (line.height <= 0) continue;
    const count = letterCount(line.text);
    const size = roundSize(line.height);
    lettersPerSize.set(size, (lettersPerSize.get(size) ?? 0) + count);
    const exact = Math.round(line.height * 100);
    lettersPerExactSize.set(exact, (lettersPerExactSize.get(exact) ?? 0) + count);
    letters += count;
  }
  const typeset = letters > 0 && Math.max(...lettersPerExactSize.values()) >= letters * typesetShare;
  let body = 0;
  let most = 0;
  for (const [size, letters] of lettersPerSize) {
    if (letters > most || (letters === most && size < body)) [body, most] = [size, letters];
  }
  const running = runningLines(pages);
  const candidates = new Set<number>();
  for (const line of pages.flat()) {
    if (isLarger(line.height, body) && !running.has(runningKey(line.text)) && letterCount(line.text) >= 3) {
      candidates.add(roundSize(line.height));
    }
  }
  const headings = [...candidates].sort((a, b) => b - a);
  return { typeset, body, headings, running };
}

/** The heading level of a line set in `height`; null when it is not set larger than the body. */
export function sizeLevel(height: number, sizes: FontSizes): number | null {
  if (!sizes.typeset || !isLarger(height, sizes.body)) return null;
  const index = sizes.headings.indexOf(roundSize(height));
  const level = index === -1 ? sizes.headings.length : index + 1;
  return Math.min(Math.max(level, 1), maxLevels);
}
