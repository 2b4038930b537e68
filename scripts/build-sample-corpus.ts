/**
 * Builds the sample corpus in `data/sample/` from the text sources in `data/sample-sources/`:
 * fictional Groningen mobility-policy documents as PDF, DOCX, Markdown and HTML, each labelled as example material.
 * The output is byte-for-byte repeatable, so the committed files can be checked against a fresh build.
 *
 * Usage: npm run sample [-- <out-dir>]
 */
import { readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OutputFormat, SampleSource } from './sample-corpus/index.ts';
import {
  parseSource,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderPdf,
  toBlocks,
} from './sample-corpus/index.ts';

export interface BuildSampleCorpusOptions {
  sourcesDir: string;
  outDir: string;
  signal?: AbortSignal;
}

export interface SampleCorpusReport {
  /** Generated files, relative to `outDir`, sorted. */
  written: Array<{ file: string; format: OutputFormat; bytes: number }>;
  /** Earlier outputs in `outDir` that no source produces any more, now deleted. */
  removed: string[];
}

const extensions: Record<OutputFormat, string> = { pdf: '.pdf', docx: '.docx', md: '.md', html: '.html' };
/** Provenance notes for the sources, not a source itself. */
const notSources = new Set(['README.md']);

const render = async (source: SampleSource): Promise<Uint8Array | string> => {
  if (source.output === 'md') return renderMarkdown(source);
  const blocks = toBlocks(source.body);
  if (source.output === 'pdf') return renderPdf(source, blocks);
  if (source.output === 'docx') return renderDocx(source, blocks);
  return renderHtml(source, blocks);
};

async function readSources(sourcesDir: string): Promise<SampleSource[]> {
  const names = (await readdir(sourcesDir))
    .filter((name) => name.endsWith('.md') && !notSources.has(name))
    .sort();
  const sources: SampleSource[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const parsed = parseSource(
      name.slice(0, -'.md'.length),
      await readFile(path.join(sourcesDir, name), 'utf8'),
    );
    if (parsed.ok) sources.push(parsed.value);
    else problems.push(parsed.reason);
  }
  // A broken source is our own mistake, so the build stops and names every one.
  if (problems.length > 0) throw new Error(`invalid sample sources:\n  ${problems.join('\n  ')}`);
  return sources;
}

export async function buildSampleCorpus(options: BuildSampleCorpusOptions): Promise<SampleCorpusReport> {
  const sources = await readSources(options.sourcesDir);
  await mkdir(options.outDir, { recursive: true });
  const written: SampleCorpusReport['written'] = [];
  for (const source of sources) {
    options.signal?.throwIfAborted();
    const file = `${source.slug}${extensions[source.output]}`;
    const content = await render(source);
    await writeFile(path.join(options.outDir, file), content);
    written.push({ file, format: source.output, bytes: Buffer.byteLength(content) });
  }

  const expected = new Set(written.map((entry) => entry.file));
  const generatedExtensions = new Set(Object.values(extensions));
  const removed = (await readdir(options.outDir))
    .filter((name) => generatedExtensions.has(path.extname(name)) && !expected.has(name))
    .sort();
  for (const name of removed) await rm(path.join(options.outDir, name));
  return { written, removed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'data', 'sample'));
  const report = await buildSampleCorpus({ sourcesDir: path.join(root, 'data', 'sample-sources'), outDir });
  for (const entry of report.written)
    console.log(`${entry.file.padEnd(48)} ${String(entry.bytes).padStart(8)} bytes`);
  for (const name of report.removed) console.log(`removed stale ${name}`);
  const total = report.written.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(
    `${report.written.length} files, ${total} bytes in ${path.relative(process.cwd(), outDir) || '.'}`,
  );
}
