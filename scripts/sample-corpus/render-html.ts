import type { Block, Run } from './blocks.ts';
import type { SampleSource } from './source.ts';
import { dutchDate, exampleLabel, metadataLines } from './source.ts';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inline = (runs: Run[]): string =>
  runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');

const blockHtml = (block: Block): string => {
  switch (block.kind) {
    case 'heading': {
      // The page title is the only h1; source headings start at ##.
      const level = Math.min(Math.max(block.level, 2), 6);
      return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inline(block.runs)}</p>`;
    case 'notice':
      return `<aside class="voorbeeld" aria-label="Let op"><p>${inline(block.runs)}</p></aside>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const head = block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
      const rows = block.rows
        .map((row) => `    <tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table>\n  <thead>\n    <tr>${head}</tr>\n  </thead>\n  <tbody>\n${rows}\n  </tbody>\n</table>`;
    }
  }
};

// Inline so the page needs nothing from outside itself.
const style = `
  body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.55; margin: 0; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
  header { border-bottom: 3px solid #a3161c; padding-top: 1rem; padding-bottom: 0.75rem; }
  .organisatie { font-weight: bold; color: #a3161c; letter-spacing: 0.05em; margin: 0; }
  .label { font-style: italic; color: #5f5f5f; margin: 0.25rem 0 0; }
  h1 { font-size: 1.9rem; line-height: 1.25; }
  h2 { color: #a3161c; margin-top: 2rem; }
  .metadata { color: #5f5f5f; }
  .metadata dt { font-weight: bold; float: left; clear: left; margin-right: 0.4rem; }
  .metadata dd { margin: 0; }
  .voorbeeld { background: #fff4d6; border-left: 4px solid #d9a400; padding: 0.5rem 1rem; font-style: italic; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { border: 1px solid #9a9a9a; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
  th { background: #ececec; }
  footer { border-top: 1px solid #bdbdbd; margin-top: 3rem; padding-top: 0.75rem; color: #5f5f5f; font-size: 0.9rem; }
`;

/** A complete, self-contained page: lang="nl", one h1, tables with column headers. */
export function renderHtml(source: SampleSource, blocks: Block[]): string {
  const metadata = metadataLines(source)
    .map(([label, value]) => `    <dt>${escapeHtml(label)}:</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(exampleLabel)}">
<meta name="dcterms.modified" content="${source.date}">
<title>${escapeHtml(source.title)} | Gemeente Groningen (voorbeeld)</title>
<style>${style}</style>
</head>
<body>
<header>
  <p class="organisatie">Gemeente Groningen</p>
  <p class="label">${escapeHtml(exampleLabel)}</p>
</header>
<main>
  <h1>${escapeHtml(source.title)}</h1>
  <dl class="metadata">
${metadata}
  </dl>
${blocks.map(blockHtml).join('\n')}
</main>
<footer>
  <p>Gemeente Groningen (fictief voorbeeld). Laatst bijgewerkt op ${dutchDate(source.date)}.</p>
</footer>
</body>
</html>
`;
}
