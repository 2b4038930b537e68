/**
 * A note's Markdown as a small tree of blocks and inline pieces that React renders as elements with text
 * children: no HTML string is ever made, so nothing in a note can run. Raw HTML stays visible as the text
 * it is, images are never loaded (their alt text is shown), and only links to paths on this server become
 * links; any other link shows its address as text.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'del'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: 3 | 4 | 5 | 6; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  /** Inline text without a paragraph of its own (an item of a tight list). */
  | { kind: 'plain'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number | null; items: Block[][] }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; children: Block[] }
  | { kind: 'rule' }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The lexer leaves character references as typed; the reader should see the character. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    const code =
      name.startsWith('#x') || name.startsWith('#X')
        ? parseInt(name.slice(2), 16)
        : name.startsWith('#')
          ? parseInt(name.slice(1), 10)
          : null;
    if (code === null) return entities[name.toLowerCase()] ?? whole;
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A path on this server (`/document/…`), not `//host`, a scheme, or a backslash trick. */
export function isLocalPath(href: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/u.test(href);
}

function inline(tokens: readonly Token[] | undefined): Inline[] {
  const pieces: Inline[] = [];
  const text = (value: string) => {
    const last = pieces.at(-1);
    if (last?.kind === 'text') last.text += value;
    else pieces.push({ kind: 'text', text: value });
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
        pieces.push({ kind: token.type, children: inline(token.tokens) });
        break;
      case 'codespan':
        pieces.push({ kind: 'code', text: decodeEntities(token.text) });
        break;
      case 'br':
        pieces.push({ kind: 'break' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (isLocalPath(link.href))
          pieces.push({ kind: 'link', href: link.href, children: inline(link.tokens) });
        else {
          pieces.push(...inline(link.tokens));
          if (link.href !== link.text) text(` (${link.href})`);
        }
        break;
      }
      case 'image':
        // Never loaded: an image could come from another host. Its description stays.
        text(token.text ? `[${decodeEntities(token.text)}]` : '');
        break;
      case 'html':
      case 'escape':
        text(token.type === 'escape' ? token.text : token.raw);
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        if (nested && nested.length > 0) pieces.push(...inline(nested));
        else text(decodeEntities((token as { text?: string }).text ?? token.raw));
      }
    }
  }
  return pieces;
}

function blocks(tokens: readonly Token[]): Block[] {
  const result: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        // Below the page's title (h1) and the section the text is in (h2).
        result.push({
          kind: 'heading',
          level: Math.min(6, Math.max(3, token.depth + 1)) as 3 | 4 | 5 | 6,
          children: inline(token.tokens),
        });
        break;
      case 'paragraph':
        result.push({ kind: 'paragraph', children: inline(token.tokens) });
        break;
      case 'text':
        result.push({
          kind: 'plain',
          children: token.tokens
            ? inline(token.tokens)
            : [{ kind: 'text', text: decodeEntities(token.text) }],
        });
        break;
      case 'list': {
        const list = token as Tokens.List;
        result.push({
          kind: 'list',
          ordered: list.ordered,
          start: list.ordered && typeof list.start === 'number' ? list.start : null,
          items: list.items.map((item) => blocks(item.tokens)),
        });
        break;
      }
      case 'code':
        result.push({ kind: 'code', text: token.text });
        break;
      case 'blockquote':
        result.push({ kind: 'quote', children: blocks(token.tokens ?? []) });
        break;
      case 'hr':
        result.push({ kind: 'rule' });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        result.push({
          kind: 'table',
          header: table.header.map((cell) => inline(cell.tokens)),
          rows: table.rows.map((row) => row.map((cell) => inline(cell.tokens))),
        });
        break;
      }
      case 'html':
        // Shown as the text the author typed, never as markup.
        result.push({ kind: 'code', text: token.raw.trimEnd() });
        break;
      default:
        break;
    }
  }
  return result;
}

export function markdownBlocks(markdown: string): Block[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown));
}
