import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdfDocument } from '../ingest/parse/pdf-document.ts';
import type { SampleCorpusReport } from './build-sample-corpus.ts';
import { buildSampleCorpus } from './build-sample-corpus.ts';
import { exampleLabel } from './sample-corpus/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = path.join(root, 'data', 'sample-sources');
const committedDir = path.join(root, 'data', 'sample');

const hashes = async (dir: string): Promise<Record<string, string>> => {
  const entries: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    entries[name] = createHash('sha256')
      .update(await readFile(path.join(dir, name)))
      .digest('hex');
  }
  return entries;
};

const pdfPages = async (file: string): Promise<Array<{ num: number; text: string }>> => {
  const document = await openPdfDocument(await readFile(file));
  try {
    const pages = [];
    for (let num = 1; num <= document.pageCount; num++) {
      const lines = await document.readLines(num);
      pages.push({
        num,
        text: lines
          .map((line) => line.text)
          .join('\n')
          .replace(/\s+/g, ' '),
      });
    }
    return pages;
  } finally {
    await document.close();
  }
};

const byExtension = (files: string[], extension: string): string[] =>
  files.filter((file) => file.endsWith(extension));

describe('buildSampleCorpus', () => {
  let workDir: string;
  let firstDir: string;
  let report: SampleCorpusReport;
  let files: string[];

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'sample-corpus-'));
    firstDir = path.join(workDir, 'first');
    report = await buildSampleCorpus({ sourcesDir, outDir: firstDir });
    files = (await readdir(firstDir)).sort();
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('writes one file per source, 8 to 15 in all, in every format', async () => {
    const sources = (await readdir(sourcesDir)).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    );
    expect(files).toEqual(report.written.map((entry) => entry.file).sort());
    expect(files).toHaveLength(sources.length);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(15);
    expect(files).not.toContain('README.md');
    expect(byExtension(files, '.pdf').length).toBeGreaterThanOrEqual(3);
    expect(byExtension(files, '.docx').length).toBeGreaterThanOrEqual(3);
    expect(byExtension(files, '.md').length).toBeGreaterThanOrEqual(2);
    expect(byExtension(files, '.html').length).toBeGreaterThanOrEqual(2);
  });

  it('writes real files of each format, under 1 MB in all', async () => {
    let total = 0;
    for (const file of files) {
      const bytes = await readFile(path.join(firstDir, file));
      total += bytes.length;
      const head = bytes.subarray(0, 16).toString('latin1');
      if (file.endsWith('.pdf')) expect(head.startsWith('%PDF-'), file).toBe(true);
      if (file.endsWith('.docx')) expect(head.startsWith('PK\x03\x04'), file).toBe(true);
      if (file.endsWith('.html')) expect(head.toLowerCase().startsWith('<!doctype html>'), file).toBe(true);
      if (file.endsWith('.md')) expect(head.startsWith('# '), file).toBe(true);
    }
    expect(total).toBeLessThan(1024 * 1024);
  });

  it('gives the same bytes on every build', async () => {
    const secondDir = path.join(workDir, 'second');
    await buildSampleCorpus({ sourcesDir, outDir: secondDir });
    expect(await hashes(secondDir)).toEqual(await hashes(firstDir));
  });

  it.skipIf(!existsSync(committedDir))(
    'matches the committed data/sample/ (run `npm run sample` after editing a source)',
    async () => {
      expect(await hashes(committedDir)).toEqual(await hashes(firstDir));
    },
  );

  it('labels every document as example material', async () => {
    for (const file of files) {
      const full = path.join(firstDir, file);
      if (file.endsWith('.pdf')) {
        for (const page of await pdfPages(full))
          expect(page.text, `${file} page ${page.num}`).toContain(exampleLabel);
      } else if (file.endsWith('.docx')) {
        const entries = unzipSync(await readFile(full));
        expect(strFromU8(entries['word/header1.xml'] ?? new Uint8Array()), file).toContain(exampleLabel);
        expect((await mammoth.extractRawText({ path: full })).value, file).toContain(exampleLabel);
      } else {
        expect(await readFile(full, 'utf8'), file).toContain(exampleLabel);
      }
    }
  });

  it('puts the parking tariff on a later page of a multi-page PDF, with the tariff table', async () => {
    const pages = await pdfPages(path.join(firstDir, 'beleidsregels-parkeervergunningen-2025.pdf'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const tariffPages = pages.filter((page) =>
      page.text.includes('Een bewonersvergunning kost € 98,40 per jaar'),
    );
    expect(tariffPages.map((page) => page.num)).toHaveLength(1);
    expect(tariffPages[0]?.num).toBeGreaterThan(1);
    const tablePage = pages.find((page) => page.text.includes('Soort vergunning Gebied Tarief 2025'));
    expect(tablePage?.num).toBeGreaterThan(1);
    expect(tablePage?.text).toContain('€ 196,80 per jaar');
    expect(pages.at(-1)?.text).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it('makes at least two PDFs of three pages or more', async () => {
    const pageCounts = await Promise.all(
      byExtension(files, '.pdf').map(async (file) => (await pdfPages(path.join(firstDir, file))).length),
    );
    expect(pageCounts.filter((count) => count >= 3).length).toBeGreaterThanOrEqual(2);
  });

  it('gives DOCX files real heading styles, lists and tables', async () => {
    for (const file of byExtension(files, '.docx')) {
      const full = path.join(firstDir, file);
      const documentXml = strFromU8(unzipSync(await readFile(full))['word/document.xml'] ?? new Uint8Array());
      expect(documentXml, file).toContain('<w:pStyle w:val="Heading1"/>');
      expect(documentXml, file).toContain('<w:pStyle w:val="Heading2"/>');
      const html = (await mammoth.convertToHtml({ path: full })).value;
      expect(html.match(/<h1>/g), file).toHaveLength(1);
      expect(html, file).toMatch(/<h2>/);
      expect(html, file).toMatch(/<li>/);
      expect(html, file).toMatch(/<table>/);
    }
  });

  it('makes HTML pages that are complete, Dutch and self-contained', async () => {
    for (const file of byExtension(files, '.html')) {
      const html = await readFile(path.join(firstDir, file), 'utf8');
      expect(html, file).toContain('<html lang="nl">');
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1>/g), file).toHaveLength(1);
      expect(html, file).toContain('<th scope="col">');
      expect(html, file).not.toMatch(/\b(src|href)=|<link|<script|url\(/i);
    }
  });

  it('removes outputs that no source produces any more', async () => {
    const staleDir = path.join(workDir, 'stale');
    await buildSampleCorpus({ sourcesDir, outDir: staleDir });
    await writeFile(path.join(staleDir, 'oude-nota.pdf'), '%PDF-1.3');
    await writeFile(path.join(staleDir, 'notes.txt'), 'not ours');
    const rebuilt = await buildSampleCorpus({ sourcesDir, outDir: staleDir });
    expect(rebuilt.removed).toEqual(['oude-nota.pdf']);
    expect(await readdir(staleDir)).toContain('notes.txt');
  });

  it('stops when aborted', async () => {
    await expect(
      buildSampleCorpus({ sourcesDir, outDir: path.join(workDir, 'aborted'), signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });
});
