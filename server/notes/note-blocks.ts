/**
 * A note's Markdown as the text blocks the chunker reads: headings stay headings (so citations carry a heading
 * path), inline markup becomes plain words, raw HTML and images leave nothing behind. Reads Markdown tokens
 * only; nothing is rendered.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { TextBlock } from '../../ingest/types.ts';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return entities[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

const tidy = (text: string): string => decodeEntities(text).replace(/\s+/g, ' ').trim();

/** Plain words of inline tokens. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'image':
        break;
      case 'br':
        text += ' ';
        break;
      case 'codespan':
      case 'escape':
        text += token.text;
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        text += nested ? inlineText(nested) : ((token as { text?: string }).text ?? '');
      }
    }
  }
  return text;
}

function pushText(blocks: TextBlock[], kind: TextBlock['kind'], raw: string): void {
  const text = tidy(raw);
  if (text !== '') blocks.push({ kind, text });
}

function walk(tokens: readonly Token[], blocks: TextBlock[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const text = tidy(inlineText(token.tokens));
        if (text !== '') blocks.push({ kind: 'heading', level: Math.min(6, Math.max(1, token.depth)), text });
        break;
      }
      case 'paragraph':
      case 'text':
        pushText(blocks, 'paragraph', token.tokens ? inlineText(token.tokens) : token.text);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) listItem(item, blocks);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) =>
          row.map((cell) => tidy(inlineText(cell.tokens))).join(' | '),
        );
        const text = rows.filter((row) => row.replace(/[\s|]/g, '') !== '').join('\n');
        if (text !== '') blocks.push({ kind: 'table', text });
        break;
      }
      case 'code':
        pushText(blocks, 'paragraph', token.text);
        break;
      case 'blockquote':
        walk(token.tokens ?? [], blocks);
        break;
      case 'html':
        // Raw HTML blocks keep only their visible words; scripts and styles keep nothing.
        pushText(
          blocks,
          'paragraph',
          String(token.text)
            .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
            .replace(/<[^>]*>/g, ' '),
        );
        break;
      default:
        break;
    }
  }
}

function listItem(item: Tokens.ListItem, blocks: TextBlock[]): void {
  const own: Token[] = [];
  const nested: Token[] = [];
  for (const token of item.tokens) (token.type === 'list' ? nested : own).push(token);
  const text = own
    .map((token) =>
      (token as { tokens?: Token[] }).tokens ? inlineText((token as { tokens: Token[] }).tokens) : '',
    )
    .join(' ');
  pushText(blocks, 'list-item', text);
  walk(nested, blocks);
}

/** The note as blocks: its title as the top heading, then the body. */
export function noteBlocks(title: string, markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [{ kind: 'heading', level: 1, text: tidy(title) }];
  walk(new Lexer({ gfm: true }).lex(markdown), blocks);
  return blocks;
}
