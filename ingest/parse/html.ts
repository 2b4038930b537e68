import { finishDocument, normaliseSpace, type ParseResult } from './blocks.ts';
import { htmlToBlocks, parseHtmlTree, textOf } from './html-blocks.ts';

/** Text of an HTML page: markup, scripts and page chrome (nav, header, footer) are dropped. */
export function parseHtml(html: string, options: { warnings?: string[] } = {}): ParseResult {
  const root = parseHtmlTree(html);
  const titleElement = root.querySelector('title');
  const title = titleElement ? normaliseSpace(textOf(titleElement)) : '';
  const body = root.querySelector('body') ?? root;
  const blocks = htmlToBlocks(body);
  const firstH1 = blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text;
  return finishDocument('html', blocks, {
    title: title || firstH1,
    warnings: options.warnings,
  });
}
