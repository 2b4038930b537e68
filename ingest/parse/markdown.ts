import { Marked } from 'marked';
import { finishDocument, type ParseResult } from './blocks.ts';
import { htmlToBlocks, parseHtmlTree } from './html-blocks.ts';

const frontMatterPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Only the title is read from YAML front matter, so a one-line pattern is enough (no YAML parser). */
export function splitFrontMatter(markdown: string): { body: string; title?: string } {
  const match = frontMatterPattern.exec(markdown);
  if (!match) return { body: markdown };
  const titleLine = /^title:[ \t]*(.+?)[ \t]*$/m.exec(match[1] ?? '');
  const title = titleLine?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  return { body: markdown.slice(match[0].length), ...(title ? { title } : {}) };
}

/**
 * Markdown is rendered to HTML by marked and then read like any HTML page: raw HTML inside the Markdown
 * (scripts, event handlers) goes through the same filter, and images leave no text (and no URL) behind.
 */
export function parseMarkdown(markdown: string, options: { warnings?: string[] } = {}): ParseResult {
  const { body, title } = splitFrontMatter(markdown);
  const html = new Marked({ gfm: true, async: false }).parse(body) as string;
  const blocks = htmlToBlocks(parseHtmlTree(html));
  const firstH1 = blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text;
  return finishDocument('markdown', blocks, { title: title ?? firstH1, warnings: options.warnings });
}
