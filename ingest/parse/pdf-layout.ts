/**
 * Rebuilds paragraphs from the lines pdf-parse gives per page. PDF has no paragraphs, only positioned lines,
 * so this guesses from the shape of the text: a short line that ends a sentence closes a paragraph,
 * a bullet opens a list item (a number a new paragraph), and a word broken over two lines is joined again.
 * A numbered line that stands alone is a heading (see `pdf-headings.ts`), and so is a short block set in a
 * larger font than the body (see `pdf-font-sizes.ts`).
 */
import type { TextBlock } from '../types.ts';
import { normaliseSpace } from './blocks.ts';
import { roundSize, runningKey, sizeLevel, type FontSizes } from './pdf-font-sizes.ts';
import { isDivisionHeading, numberedHeadingLevel, readsAsHeading } from './pdf-headings.ts';
import type { PdfLine } from './pdf-lines.ts';

const bulletPattern = /^[•●▪◦■□◆‣∙·○➢►✓*–—-]\s+\S/u;
/** "1." or "a)" may be a list item or a numbered heading; either way it starts a new block. */
const numberedPattern = /^\(?(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+\S|^\d{1,2}(?:\.\d{1,2})+\s+\p{Lu}/u;
const sentenceEndPattern = /[.!?:;]["'”’)\]]*$/u;
/** Dutch coordinations like "beleids- en uitvoeringsorganisaties" keep their hyphen when split over lines. */
const keepHyphenBefore = /^(?:en|of|tot|noch|als|dan)\b/u;
/** A heading in a larger font may wrap; more lines than this is a pull quote or an introduction. */
const maxHeadingLines = 3;

export const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/**
 * Joins wrapped lines with spaces. A line-end hyphen between two lowercase letters is a word broken over
 * the lines and goes; after a capital or a digit, or before a capital, it belongs to a compound
 * ("AI-verordening", "N-weg", "Noord-Nederland") and stays, without the space.
 */
export function joinLines(lines: string[]): string {
  let joined = '';
  for (const line of lines) {
    const continues = /^\p{L}/u.test(line) && !keepHyphenBefore.test(line);
    if (joined === '') joined = line;
    else if (continues && /\p{Ll}-$/u.test(joined) && /^\p{Ll}/u.test(line)) {
      joined = joined.slice(0, -1) + line;
    } else if (
      continues &&
      (/(?:^|[^\p{L}])[\p{Lu}\d]+-$/u.test(joined) || (/\p{L}-$/u.test(joined) && /^\p{Lu}/u.test(line)))
    ) {
      joined += line;
    } else joined = `${joined} ${line}`;
  }
  return joined;
}

/** The width of a full line on this page, in characters; shorter lines may end a paragraph. */
function fullLineLength(lines: string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/**
 * The blocks of one page. `page` is the page's text, or its lines with their font sizes; with `sizes` (the
 * document's font sizes) a short block set clearly larger than the body is a heading too.
 */
export function pageBlocks(
  page: string | readonly PdfLine[],
  pageNumber: number,
  sizes?: FontSizes,
): TextBlock[] {
  const lines = (typeof page === 'string' ? page.split('\n').map((text) => ({ text, height: 0 })) : page).map(
    (line) => {
      const text = normaliseSpace(line.text);
      const running = sizes?.running.has(runningKey(text)) ?? true;
      // Cells of a table row are apart by a tab; a numbered heading has at most one, after its number.
      const tableRow = line.text.split('\t').filter((cell) => cell.trim() !== '').length >= 3;
      const level = sizes && !running && !tableRow ? sizeLevel(line.height, sizes) : null;
      return { text, tableRow, level, size: level === null ? null : roundSize(line.height) };
    },
  );
  const fullLength = fullLineLength(lines.map((line) => line.text).filter((text) => text !== ''));
  const blocks: TextBlock[] = [];
  let current:
    | {
        kind: 'paragraph' | 'list-item';
        lines: string[];
        tableRow: boolean;
        level: number | null;
        size: number | null;
      }
    | undefined;

  const close = () => {
    if (!current) return;
    const numbered =
      current.lines.length === 1 && !current.tableRow ? numberedHeadingLevel(current.lines[0]!) : null;
    const text = joinLines(current.lines);
    if (numbered !== null) {
      blocks.push({ kind: 'heading', text, level: numbered, page: pageNumber });
    } else if (current.level !== null && current.lines.length <= maxHeadingLines && readsAsHeading(text)) {
      blocks.push({ kind: 'heading', text, level: current.level, page: pageNumber });
    } else blocks.push({ kind: current.kind, text, page: pageNumber });
    current = undefined;
  };

  lines.forEach(({ text: line, tableRow, level, size }, index) => {
    if (line === '') return close();
    // A change of font size ends a block: a heading does not run on into the text below it.
    if (current && current.size !== size) close();
    const short = line.length < fullLength * 0.8;
    if (!tableRow && isDivisionHeading(line)) {
      close();
      current = { kind: 'paragraph', lines: [line], tableRow, level, size };
      return close();
    }
    if (bulletPattern.test(line)) {
      close();
      current = { kind: 'list-item', lines: [line], tableRow, level, size };
    } else if (numberedPattern.test(line)) {
      close();
      current = { kind: 'paragraph', lines: [line], tableRow, level, size };
    } else if (current) {
      current.lines.push(line);
      current.tableRow ||= tableRow;
    } else current = { kind: 'paragraph', lines: [line], tableRow, level, size };
    const next = lines[index + 1];
    // A large heading wrapped over two lines stays one heading.
    if (size !== null && next?.size === size && next.text !== '') return;
    // A short line that stands alone before a capitalised line is a heading or a caption; keep it apart.
    const standsAlone =
      current.lines.length === 1 &&
      line.length < fullLength * 0.6 &&
      !/[,-]$/.test(line) &&
      /^[\p{Lu}\d]/u.test(next?.text ?? '');
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

/**
 * The title a reader sees on the first page: its first heading found by size at the top level (a numbered
 * one is a chapter, not the title). It beats the metadata Title, which templates leave stale: in docs-nl a
 * 2015 decision list says "Aandachtspuntenlijst raadsvergadering 3 november 2008" in its metadata.
 */
export function coverTitle(blocks: readonly TextBlock[]): string | undefined {
  const heading = blocks.find(
    (block) =>
      block.page === 1 &&
      block.kind === 'heading' &&
      block.level === 1 &&
      numberedHeadingLevel(block.text) === null,
  );
  return heading ? plausibleTitle(heading.text) : undefined;
}
