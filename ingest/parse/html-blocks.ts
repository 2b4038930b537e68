/**
 * Turns an HTML tree into text blocks in reading order. Shared by the HTML, Markdown (rendered by marked)
 * and DOCX (rendered by mammoth) parsers, so all three treat headings, lists and tables the same way.
 * Only text leaves this module: tags, attributes and URLs are never copied into a block.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import type { TextBlock } from '../types.ts';
import { normaliseSpace } from './blocks.ts';

/** Content that is code, chrome or invisible; its text would only add noise (or script) to the index. */
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'head',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
]);

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'hgroup',
  'hr',
  'html',
  'legend',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
]);

const headingLevel = (tag: string): number | undefined => {
  const match = /^h([1-6])$/.exec(tag);
  return match ? Number(match[1]) : undefined;
};

const tagOf = (element: HTMLElement): string => (element.rawTagName ?? '').toLowerCase();

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;

/** All visible text under a node, with block boundaries turned into spaces. */
export function textOf(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (!isElement(node)) return '';
  const tag = tagOf(node);
  if (skippedTags.has(tag)) return '';
  const inner = node.childNodes.map(textOf).join('');
  return blockTags.has(tag) || tag === 'br' || tag === 'li' || tag === 'td' || tag === 'th' || tag === 'tr'
    ? ` ${inner} `
    : inner;
}

/** One line per row, cells joined with ' | ', so a table stays readable as plain text. */
export function tableText(table: HTMLElement): string {
  const rows = table.querySelectorAll('tr').filter((row) => row.closest('table') === table);
  return rows
    .map((row) =>
      row.childNodes
        .filter(isElement)
        .filter((cell) => ['td', 'th'].includes(tagOf(cell)))
        .map((cell) => normaliseSpace(textOf(cell)))
        .join(' | '),
    )
    .filter((line) => line.replace(/[|\s]/g, '') !== '')
    .join('\n');
}

/**
 * node-html-parser keeps the content of <pre> as raw markup by default, which would put `<code>` tags into
 * the text; only elements whose content is dropped anyway stay raw.
 */
export const parseHtmlTree = (html: string): HTMLElement =>
  parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true, template: true },
  });

export function htmlToBlocks(root: HTMLElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer: string[] = [];
  let kind: 'paragraph' | 'list-item' = 'paragraph';

  const flush = () => {
    const text = normaliseSpace(buffer.join(''));
    buffer = [];
    if (text !== '') blocks.push({ kind, text });
  };

  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer.push(node.text);
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (skippedTags.has(tag)) return;
    const level = headingLevel(tag);
    if (level !== undefined) {
      flush();
      blocks.push({ kind: 'heading', level, text: normaliseSpace(textOf(node)) });
    } else if (tag === 'table') {
      flush();
      blocks.push({ kind: 'table', text: tableText(node) });
    } else if (tag === 'li') {
      flush();
      const outer = kind;
      kind = 'list-item';
      node.childNodes.forEach(walk);
      flush();
      kind = outer;
    } else if (blockTags.has(tag)) {
      flush();
      node.childNodes.forEach(walk);
      flush();
    } else if (tag === 'br') {
      buffer.push(' ');
    } else {
      node.childNodes.forEach(walk);
    }
  };

  walk(root);
  flush();
  return blocks.filter((block) => block.text !== '');
}
