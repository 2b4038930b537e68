/**
 * Writes a BEIR corpus as files, so it goes through the same crawl, parse and chunk stages as a real source.
 * Each entry becomes an HTML page: the title as `<title>` and `<h1>` (as a document with a title heading would
 * be), the text as paragraphs split at blank lines. HTML is used because it carries text exactly (escaped),
 * where Markdown would read `*`, `_` or a leading `1.` as markup.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import type { CorpusEntry } from './dataset.ts';

const safeName = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/** The file name for an id: the id itself where it is a safe name, else a readable stem plus a hash. */
export function fileNameFor(id: string): string {
  if (safeName.test(id) && !id.endsWith('.')) return `${id}.html`;
  const stem = id.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return `${stem}-${hash}.html`;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function corpusEntryHtml(entry: CorpusEntry): string {
  const paragraphs = entry.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  const title = escapeHtml(entry.title);
  const head = title === '' ? '' : `<title>${title}</title>`;
  const heading = title === '' ? '' : `<h1>${title}</h1>\n`;
  return `<!doctype html>\n<html><head><meta charset="utf-8">${head}</head><body>\n${heading}${paragraphs.join('\n')}\n</body></html>\n`;
}

/**
 * Writes every entry into `dir` and returns relative path → corpus id. Ids that collide after making them
 * file names (case-insensitive file systems) get a hashed name instead.
 */
export async function writeCorpusFiles(
  corpus: readonly CorpusEntry[],
  dir: string,
  options: { signal?: AbortSignal } = {},
): Promise<Map<string, string>> {
  await mkdir(dir, { recursive: true });
  const byPath = new Map<string, string>();
  const taken = new Set<string>();
  const files = corpus.map((entry) => {
    let name = fileNameFor(entry.id);
    if (taken.has(name.toLowerCase())) name = fileNameFor(`\u0000${entry.id}`);
    taken.add(name.toLowerCase());
    byPath.set(name, entry.id);
    return { name, entry };
  });
  await pMap(files, ({ name, entry }) => writeFile(path.join(dir, name), corpusEntryHtml(entry)), {
    concurrency: 16,
    signal: options.signal,
  });
  return byPath;
}
