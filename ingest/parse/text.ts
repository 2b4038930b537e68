import type { TextBlock } from '../types.ts';
import { finishDocument, type ParseResult } from './blocks.ts';

/** Plain text: a blank line separates paragraphs; single line breaks are just wrapping. */
export function parseText(text: string, options: { warnings?: string[] } = {}): ParseResult {
  const blocks: TextBlock[] = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v]*\n/)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
  return finishDocument('text', blocks, { warnings: options.warnings });
}
