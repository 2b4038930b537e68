import type { DocumentFormat, ParsedDocument, ParseFailure, TextBlock } from '../types.ts';
import { fail, ok, type Result } from '../result.ts';

export type ParseResult = Result<ParsedDocument, ParseFailure>;

/** Collapses runs of whitespace (tabs, non-breaking spaces, newlines) to one space. */
export const normaliseSpace = (text: string): string => text.replace(/[\s\u200b\u00ad]+/gu, ' ').trim();

/** Table text keeps one line per row, so only spaces inside a line are collapsed. */
export const normaliseLines = (text: string): string =>
  text
    .split('\n')
    .map(normaliseSpace)
    .filter((line) => line !== '')
    .join('\n');

/** A block with its text normalised, or nothing when no text is left. */
export function makeBlock(block: TextBlock): TextBlock | undefined {
  const text = block.kind === 'table' ? normaliseLines(block.text) : normaliseSpace(block.text);
  return text === '' ? undefined : { ...block, text };
}

export const hasText = (blocks: TextBlock[]): boolean =>
  blocks.some((block) => /[\p{L}\p{N}]/u.test(block.text));

export const failure = (status: ParseFailure['status'], reason: string): ParseResult =>
  fail({ status, reason });

/** The common ending of the non-PDF parsers: a document without any text is skipped, not stored empty. */
export function finishDocument(
  format: DocumentFormat,
  blocks: TextBlock[],
  extra: { title?: string; warnings?: string[] } = {},
): ParseResult {
  const kept = blocks.flatMap((block) => makeBlock(block) ?? []);
  if (!hasText(kept)) return failure('skipped', 'geen tekst gevonden');
  const title = extra.title === undefined ? undefined : normaliseSpace(extra.title);
  return ok({
    format,
    ...(title ? { title } : {}),
    blocks: kept,
    warnings: extra.warnings ?? [],
  });
}

/** A short, single-line message from whatever a library threw. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = normaliseSpace(message.split('\n')[0] ?? '');
  return firstLine.length > 160 ? `${firstLine.slice(0, 157)}...` : firstLine || 'onbekende fout';
}
