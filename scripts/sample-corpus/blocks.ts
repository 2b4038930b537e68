import { lexer } from 'marked';
import type { Token, Tokens } from 'marked';

/** A piece of running text with the emphasis the sources use. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The few block kinds the sources need; every renderer draws exactly these. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'notice'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const decodeEntities = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const inlineRuns = (tokens: Token[] | undefined, style: Omit<Run, 'text'> = {}): Run[] => {
  const runs: Run[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'link':
        // Samples link to nothing outside themselves; the link text is what matters.
        runs.push(...inlineRuns((token as Tokens.Link).tokens, style));
        break;
      case 'br':
        runs.push({ ...style, text: ' ' });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens) runs.push(...inlineRuns(text.tokens, style));
        else runs.push({ ...style, text: decodeEntities(text.text) });
        break;
      }
      case 'paragraph':
        runs.push(...inlineRuns((token as Tokens.Paragraph).tokens, style));
        break;
      default:
        if ('text' in token && typeof token.text === 'string')
          runs.push({ ...style, text: decodeEntities(token.text) });
    }
  }
  // A line break inside a Markdown paragraph is only a wrap in the source, not in the document.
  return mergeRuns(runs.map((run) => ({ ...run, text: run.text.replace(/[ \t]*\n[ \t]*/g, ' ') })));
};

const sameStyle = (a: Run, b: Run): boolean =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic);

const mergeRuns = (runs: Run[]): Run[] =>
  runs.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else if (run.text !== '') merged.push({ ...run });
    return merged;
  }, []);

export const plainText = (runs: Run[]): string => runs.map((run) => run.text).join('');

const cellText = (cell: Tokens.TableCell): string => plainText(inlineRuns(cell.tokens));

/** Turns a source body into blocks; anything the renderers cannot draw is an error, not silently dropped. */
export function toBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const token of lexer(markdown)) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        blocks.push({ kind: 'heading', level: heading.depth, text: plainText(inlineRuns(heading.tokens)) });
        break;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', runs: inlineRuns((token as Tokens.Paragraph).tokens) });
        break;
      case 'blockquote':
        blocks.push({ kind: 'notice', runs: inlineRuns((token as Tokens.Blockquote).tokens) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        if (list.items.some((item) => item.tokens.some((child) => child.type === 'list'))) {
          throw new Error(`nested lists are not supported: ${list.raw.slice(0, 60)}`);
        }
        blocks.push({
          kind: 'list',
          ordered: list.ordered,
          items: list.items.map((item) => inlineRuns(item.tokens)),
        });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        blocks.push({
          kind: 'table',
          header: table.header.map(cellText),
          rows: table.rows.map((row) => row.map(cellText)),
        });
        break;
      }
      default:
        throw new Error(`unsupported Markdown (${token.type}): ${token.raw.slice(0, 60)}`);
    }
  }
  return blocks;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Width of a text in the renderer's units; `header` cells are bold. */
export type Measure = (text: string, header: boolean) => number;

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Column widths that fit the table into `totalWidth`: no column narrower than its longest word (so words never break
 * mid-word), and the room left over is shared in proportion to how much more each column's longest cell wants.
 */
export function columnWidths(
  table: TableBlock,
  totalWidth: number,
  measure: Measure,
  padding: number,
): number[] {
  const columns = table.header.map((heading, column) => {
    const cells: Array<[string, boolean]> = [
      [heading, true],
      ...table.rows.map((row): [string, boolean] => [row[column] ?? '', false]),
    ];
    const minimum =
      Math.max(...cells.flatMap(([text, header]) => text.split(/\s+/).map((word) => measure(word, header)))) +
      padding;
    const longest = Math.max(...cells.map(([text, header]) => measure(text, header))) + padding;
    return { minimum, desired: Math.max(minimum, Math.min(longest, totalWidth)) };
  });
  const minimumTotal = sum(columns.map((column) => column.minimum));
  if (minimumTotal >= totalWidth)
    return columns.map((column) => (column.minimum / minimumTotal) * totalWidth);
  const desiredTotal = sum(columns.map((column) => column.desired));
  if (desiredTotal <= totalWidth)
    return columns.map((column) => (column.desired / desiredTotal) * totalWidth);
  const share = (totalWidth - minimumTotal) / (desiredTotal - minimumTotal);
  return columns.map((column) => column.minimum + (column.desired - column.minimum) * share);
}
