import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParsePool, supportedExtensions, type ParsePool } from '../ingest/parse/index.ts';
import type { FileStatus } from '../ingest/types.ts';
import {
  buildFixtures,
  defaultFixturesDir,
  fixtureFiles,
  type FixtureName,
} from './fixtures/build-fixtures.ts';
import { sourceFileAt } from './fixtures/source-file.ts';

const fixture = (name: FixtureName) => sourceFileAt(defaultFixturesDir, fixtureFiles[name]);

const expectedStatus: Record<FixtureName, Exclude<FileStatus, 'unchanged' | 'removed'>> = {
  multiPagePdf: 'indexed',
  scannedPdf: 'needs-ocr',
  partlyScannedPdf: 'indexed',
  passwordPdf: 'failed',
  truncatedPdf: 'failed',
  largePdf: 'indexed',
  reportDocx: 'indexed',
  emptyDocx: 'skipped',
  truncatedDocx: 'failed',
  oldWordDoc: 'skipped',
  openDocument: 'skipped',
  manualMarkdown: 'indexed',
  openingHoursHtml: 'indexed',
  hostileHtml: 'indexed',
  hostileMarkdown: 'indexed',
  plainText: 'indexed',
  windows1252Text: 'indexed',
  binaryText: 'failed',
  docxNamedPdf: 'indexed',
  pdfNamedDocx: 'indexed',
  zipNamedPdf: 'skipped',
  nestedMarkdown: 'indexed',
  wordLockFile: 'failed',
  hiddenMarkdown: 'indexed',
  temporaryFile: 'skipped',
};

describe('parse pool', () => {
  let pool: ParsePool;

  beforeAll(async () => {
    await buildFixtures();
    pool = createParsePool({ workers: 2 });
  });

  afterAll(() => pool.close());

  it('gives every fixture its expected status, all at once through two workers', async () => {
    const names = Object.keys(fixtureFiles) as FixtureName[];
    const results = await Promise.all(names.map((name) => pool.parse(fixture(name))));
    const statuses = Object.fromEntries(
      results.map((result, index) => [names[index], result.ok ? 'indexed' : result.reason.status]),
    );
    expect(statuses).toEqual(expectedStatus);
  });

  it('reads disguised files by their content, with a warning, or says why not', async () => {
    const docx = await pool.parse(fixture('docxNamedPdf'));
    expect(docx).toMatchObject({
      ok: true,
      value: {
        format: 'docx',
        warnings: [
          'het bestand is een Word-document, maar de naam eindigt op .pdf; gelezen als een Word-document',
        ],
      },
    });
    const pdf = await pool.parse(fixture('pdfNamedDocx'));
    expect(pdf).toMatchObject({ ok: true, value: { format: 'pdf', pageCount: 3 } });
    expect(await pool.parse(fixture('zipNamedPdf'))).toEqual({
      ok: false,
      reason: { status: 'skipped', reason: 'ZIP-bestand zonder Word-document; wordt niet ondersteund' },
    });
  });

  it('gives reasons for empty, encrypted and unreadable files', async () => {
    expect(await pool.parse(fixture('emptyDocx'))).toEqual({
      ok: false,
      reason: { status: 'skipped', reason: 'leeg bestand' },
    });
    expect(await pool.parse(fixture('passwordPdf'))).toEqual({
      ok: false,
      reason: { status: 'failed', reason: 'beveiligd met een wachtwoord' },
    });
    const missing = { ...fixture('plainText'), absolutePath: `${defaultFixturesDir}/bestaat-niet.txt` };
    expect(await pool.parse(missing)).toEqual({
      ok: false,
      reason: { status: 'failed', reason: 'niet leesbaar: ENOENT' },
    });
  });

  it('skips a file over the size limit without reading it', async () => {
    const small = createParsePool({ workers: 1, maxFileBytes: 100 * 1024 });
    try {
      expect(await small.parse(fixture('largePdf'))).toEqual({
        ok: false,
        reason: {
          status: 'skipped',
          reason: expect.stringMatching(/^bestand is 0,\d MB, groter dan de grens van 0,1 MB$/),
        },
      });
    } finally {
      await small.close();
    }
  });

  it('fails a file that takes too long, replaces the worker and goes on', async () => {
    const hasty = createParsePool({ workers: 1, timeoutMs: 200 });
    try {
      expect(await hasty.parse(fixture('largePdf'))).toEqual({
        ok: false,
        reason: { status: 'failed', reason: 'lezen duurde langer dan 0,2 s' },
      });
      expect(await hasty.parse(fixture('plainText'))).toMatchObject({ ok: true, value: { format: 'text' } });
    } finally {
      await hasty.close();
    }
  });

  it('fails a file that needs more memory than allowed, replaces the worker and goes on', async () => {
    const frugal = createParsePool({ workers: 1, maxMemoryMb: 12 });
    try {
      expect(await frugal.parse(fixture('largePdf'))).toEqual({
        ok: false,
        reason: { status: 'failed', reason: 'gebruikte meer dan 12 MB geheugen' },
      });
      expect(await frugal.parse(fixture('plainText'))).toMatchObject({ ok: true });
    } finally {
      await frugal.close();
    }
  });

  it('rejects with the signal reason when the run is cancelled, and stays usable', async () => {
    const controller = new AbortController();
    const parsing = pool.parse(fixture('largePdf'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('run cancelled')), 100);
    await expect(parsing).rejects.toThrow('run cancelled');
    await expect(pool.parse(fixture('plainText'), { signal: controller.signal })).rejects.toThrow(
      'run cancelled',
    );
    expect(await pool.parse(fixture('manualMarkdown'))).toMatchObject({ ok: true });
  });

  it('answers after close without starting work', async () => {
    const closing = createParsePool({ workers: 1 });
    await closing.close();
    expect(await closing.parse(fixture('plainText'))).toEqual({
      ok: false,
      reason: { status: 'failed', reason: 'niet gelezen: de verwerking is gestopt' },
    });
  });

  it('lists the extensions it reads', () => {
    expect(supportedExtensions).toEqual(
      expect.arrayContaining(['.pdf', '.docx', '.md', '.html', '.htm', '.txt']),
    );
    expect(supportedExtensions).not.toContain('.doc');
  });
});
