export type { Block, Run } from './blocks.ts';
export { toBlocks } from './blocks.ts';
export { renderDocx } from './render-docx.ts';
export { renderHtml } from './render-html.ts';
export { renderMarkdown } from './render-markdown.ts';
export { renderPdf } from './render-pdf.ts';
export type { OutputFormat, SampleSource } from './source.ts';
export { exampleLabel, outputFormats, parseSource } from './source.ts';
