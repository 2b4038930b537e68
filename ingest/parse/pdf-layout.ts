/**
 * Rebuilds paragraphs from the lines pdf-parse gives per page. PDF has no paragraphs, only positioned lines,
 * so this guesses from the shape of the text: a short line that ends a sentence closes a paragraph,
 * a bullet opens a list item (a number a new paragraph), and a word broken over two lines is joined again.
 * A numbered line that stands alone is a heading (see `pdf-headings.ts`).
 */
import type { TextBlock } from '../types.ts';
import { normaliseSpace } from './blocks.ts';
import { numberedHeadingLevel } from './pdf-headings.ts';

const bulletPattern = /^[•●▪◦■□◆‣∙·○➢►✓*–—-]\s+\S/u;
/** "1." or "a)" may be a list item or a numbered heading; either way it starts a new block. */
const numberedPattern = /^\(?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+\S|^\d{1,2}(?:\.\d{1,2})+\s+\p{Lu}/u;
const sentenceEndPattern = /[.!?:;]["'”’)\]]*$/u;
/** Dutch coordinations like "beleids- en uitvoeringsorganisaties" keep their hyphen when split over lines. */
const keepHyphenBefore = /^(?:en|of|tot|noch|als|dan)\b/u;

export const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** Joins wrapped lines with spaces, and a line-end hyphen between two lowercase letters without one. */
export function joinLines(lines: string[]): string {
  let joined = '';
  for (const line of lines) {
    if (joined === '') joined = line;
    else if (/\p{Ll}-$/u.test(joined) && /^\p{Ll}/u.test(line) && !keepHyphenBefore.test(line)) {
      joined = joined.slice(0, -1) + line;
    } else joined = `${joined} ${line}`;
  }
  return joined;
}

/** The width of a full line on this page, in characters; shorter lines may end a paragraph. */
function fullLineLength(lines: string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

export function pageBlocks(pageText: string, page: number): TextBlock[] {
  const lines = pageText.split('\n').map(normaliseSpace);
  const fullLength = fullLineLength(lines.filter((line) => line !== ''));
  const blocks: TextBlock[] = [];
  let current: { kind: 'paragraph' | 'list-item'; lines: string[] } | undefined;

  const close = () => {
    const level = current?.lines.length === 1 ? numberedHeadingLevel(current.lines[0]!) : null;
    if (current && level !== null) blocks.push({ kind: 'heading', text: current.lines[0]!, level, page });
    else if (current) blocks.push({ kind: current.kind, text: joinLines(current.lines), page });
    current = undefined;
  };

  lines.forEach((line, index) => {
    if (line === '') return close();
    const short = line.length < fullLength * 0.8;
    if (bulletPattern.test(line)) {
      close();
      current = { kind: 'list-item', lines: [line] };
    } else if (numberedPattern.test(line)) {
      close();
      current = { kind: 'paragraph', lines: [line] };
    } else if (current) current.lines.push(line);
    else current = { kind: 'paragraph', lines: [line] };
    const next = lines[index + 1] ?? '';
    // A short line that stands alone before a capitalised line is a heading or a caption; keep it apart.
    const standsAlone =
      current.lines.length === 1 &&
      line.length < fullLength * 0.6 &&
      !/[,-]$/.test(line) &&
      /^[\p{Lu}\d]/u.test(next);
    if ((short && sentenceEndPattern.test(line)) || standsAlone) close();
  });
  close();
  return blocks;
}

const junkTitlePatterns = [
  /^untitled\b/i,
  /^naamloos/i,
  /^(?:document|presentatie|presentation|dia)\s*\d*$/i,
  /^[^\s]*_[^\s]*$/, // a file or template name such as RO_PUBL_030_A4_Informatieblad
  /^[\d\W]*$/u,
];

/** The metadata Title if it reads like a title, not a file name or an application default. */
export function plausibleTitle(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const title = normaliseSpace(raw)
    .replace(/^microsoft (?:word|powerpoint|excel) - /i, '')
    .replace(/\.(?:docx?|pdf|pptx?|xlsx?|indd|rtf|odt|tmp)$/i, '');
  if (title.length < 3 || title.length > 200) return undefined;
  return junkTitlePatterns.some((pattern) => pattern.test(title)) ? undefined : title;
}

const subjectPattern = /^(?:subject|onderwerp)\s*:\s*(.{3,150})$/i;
const mailHeaderPattern = /^(?:from|to|cc|bcc|sent|date|van|aan|verzonden|datum)\s*:/i;

/**
 * The subject of an e-mail (common in Woo publications), else the first line of the first page with text
 * if it is short and reads like words. An e-mail without a subject gets no title: its first line is a header.
 */
export function firstLineTitle(pageTexts: string[]): string | undefined {
  const firstPage = pageTexts.find((text) => letterCount(text) >= 3);
  if (firstPage === undefined) return undefined;
  const lines = firstPage
    .split('\n')
    .map(normaliseSpace)
    .filter((line) => letterCount(line) >= 3);
  const subject = lines.map((line) => subjectPattern.exec(line)?.[1]).find((match) => match !== undefined);
  if (subject !== undefined) return plausibleTitle(subject);
  const first = lines[0];
  if (first === undefined || mailHeaderPattern.test(first) || first.length > 150) return undefined;
  return letterCount(first) * 2 >= first.length ? first : undefined;
}
