/**
 * Every file of the shared robustness corpus (damaged, encrypted, disguised and awkward PDF and Word files)
 * goes through the real parse pool. The run must end with a status for each file and a pool that still works.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParsePool, type ParsePool, type ParseResult } from '../ingest/parse/index.ts';
import { buildFixtures, fixturePath } from './fixtures/build-fixtures.ts';
import { sourceFileAt } from './fixtures/source-file.ts';
import { sharedDir, warnIfNoShared } from './support/paths.ts';

const corpusDir = path.join(sharedDir, 'corpus', 'robustness');
const present = existsSync(corpusDir);
if (!present) warnIfNoShared('robustness corpus');

interface Outcome {
  relativePath: string;
  status: string;
  reason: string;
  ms: number;
}

const statusOf = (result: ParseResult) => (result.ok ? 'indexed' : result.reason.status);

describe.skipIf(!present)('robustness corpus through the parse pool', () => {
  let pool: ParsePool;
  let files: string[];
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    await buildFixtures();
    files = (await glob('**/*', { cwd: corpusDir, dot: true, onlyFiles: true })).sort();
    pool = createParsePool({ workers: 2 });
    const started = performance.now();
    // Two lanes for two workers, so each file's time is its own and not time spent waiting in line.
    let next = 0;
    const lane = async () => {
      for (let relativePath = files[next++]; relativePath !== undefined; relativePath = files[next++]) {
        const start = performance.now();
        const result = await pool.parse(sourceFileAt(corpusDir, relativePath));
        const reason = result.ok ? result.value.warnings.join('; ') : result.reason.reason;
        outcomes.set(relativePath, {
          relativePath,
          status: statusOf(result),
          reason,
          ms: performance.now() - start,
        });
      }
    };
    await Promise.all([lane(), lane()]);
    const counts: Record<string, number> = {};
    for (const outcome of outcomes.values()) counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
    const slowest = [...outcomes.values()].sort((a, b) => b.ms - a.ms).slice(0, 8);
    console.info(
      `robustness: ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `${JSON.stringify(counts)}\nslowest:\n` +
        slowest
          .map((outcome) => `  ${outcome.ms.toFixed(0).padStart(6)} ms  ${outcome.relativePath}`)
          .join('\n'),
    );
  }, 300_000);

  afterAll(() => pool?.close());

  it('records a known status for every file', () => {
    expect(files.length).toBeGreaterThanOrEqual(377);
    expect(outcomes.size).toBe(files.length);
    for (const outcome of outcomes.values()) {
      expect(['indexed', 'skipped', 'needs-ocr', 'failed'], outcome.relativePath).toContain(outcome.status);
      if (outcome.status !== 'indexed') expect(outcome.reason, outcome.relativePath).not.toBe('');
    }
  });

  it('handles every file inside the parsers: no crashed, timed-out or out-of-memory worker', () => {
    const casualties = [...outcomes.values()].filter((outcome) =>
      /onverwacht gestopt|duurde langer dan|gebruikte meer dan|startte niet/.test(outcome.reason),
    );
    expect(casualties).toEqual([]);
  });

  it('gives the expected outcome for the files whose nature is known', () => {
    const outcome = (relativePath: string) => outcomes.get(relativePath);
    const oldWord = [...outcomes.values()].filter((entry) => entry.relativePath.endsWith('.doc'));
    expect(oldWord.length).toBeGreaterThan(20);
    for (const entry of oldWord) {
      expect(entry, entry.relativePath).toMatchObject({
        status: 'skipped',
        reason: 'Word 97-2003 (.doc) wordt niet ondersteund; sla het op als .docx',
      });
    }
    expect(
      outcome('pdf-pypdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf'),
    ).toMatchObject({
      status: 'failed',
      reason: 'beveiligd met een wachtwoord',
    });
    expect(outcome('woo-web-fixtures/magicbytes-fail.xlsx')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^beschadigde PDF: .*de naam eindigt op \.xlsx/),
    });
    expect(outcome('docx-mammoth-test-data/empty.docx')).toMatchObject({
      status: 'skipped',
      reason: 'geen tekst gevonden',
    });
    expect(outcome('docx-mammoth-test-data/hello.zip')?.status).toBe('skipped');
    expect(outcome('docx-docx2python-resources/~$strict.docx')?.status).toBe('failed');
    expect(outcome('docx-docx2python-resources/renamed_document_xml.docx')?.status).toBe('indexed');
    expect(outcome('pdf-pypdf-sample-files/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf')?.status).toBe(
      'indexed',
    );
    expect(
      outcome('pdf-pypdf-sample-files/007-imagemagick-images/imagemagick-CCITTFaxDecode.pdf')?.status,
    ).toBe('needs-ocr');
    expect(outcome('pdf-qpdf-damaged/bad1.pdf')?.status).toBe('failed');
  });

  it('leaves the pool working after the whole corpus', async () => {
    const after = await pool.parse(sourceFileAt(path.dirname(fixturePath('plainText')), 'notitie.txt'));
    expect(after).toMatchObject({ ok: true, value: { format: 'text' } });
  });
});
