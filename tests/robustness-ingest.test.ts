/**
 * The whole robustness corpus through the whole pipeline (crawl, hash, isolated parse, chunk, store), as an
 * admin's `npm run ingest` would run it: the run completes, every file ends with a status, the store stays
 * consistent, and a second run finds every file unchanged.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestSummary } from '../ingest/pipeline.ts';
import { consistencyProblems, folderSource, openHarness, type Harness } from './support/ingest-harness.ts';
import { makeTempDir, sharedDir, warnIfNoShared } from './support/paths.ts';

const corpusDir = path.join(sharedDir, 'corpus', 'robustness');
const present = existsSync(corpusDir);
if (!present) warnIfNoShared('robustness corpus through the pipeline');

describe.skipIf(!present)('robustness corpus through the ingest pipeline', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let harness: Harness;
  let first: IngestSummary;
  let files: string[];

  beforeAll(async () => {
    work = await makeTempDir('robust-ingest');
    harness = await openHarness(work.dir);
    files = (await glob('**/*', { cwd: corpusDir, dot: true, onlyFiles: true })).sort();
    first = await harness.ingest([folderSource('robuust', corpusDir)]);
    const counts = Object.entries(first.job.counts).filter(([, count]) => count > 0);
    console.info(
      `robustness via pipeline: ${files.length} files in ${(first.durationMs / 1000).toFixed(1)} s`,
      counts,
    );
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
    await work?.remove();
  });

  it('completes with exactly one recorded status per file', () => {
    expect(first.job.status).toBe('completed');
    const recorded = first.files.map((file) => file.relativePath).sort();
    expect(recorded).toEqual(files);
    for (const file of first.files) {
      expect(['indexed', 'skipped', 'needs-ocr', 'failed']).toContain(file.status);
      if (file.status !== 'indexed') expect(file.reason, file.relativePath).not.toBe('');
    }
    expect(first.job.counts.indexed).toBeGreaterThan(50);
    expect(first.job.counts.failed).toBeGreaterThan(10);
    expect(first.job.counts['needs-ocr']).toBeGreaterThan(10);
  });

  it('leaves a consistent store, and a second run finds every file unchanged', async () => {
    expect(await consistencyProblems(harness.store)).toEqual([]);
    const second = await harness.ingest([folderSource('robuust', corpusDir)]);
    // Files the crawl never reads (here an Office lock file, `~$strict.docx`) are reported again each run.
    const notRead = second.files.filter((file) => file.status !== 'unchanged');
    expect(notRead.map((file) => `${file.relativePath}: ${file.reason}`)).toEqual([
      'docx-docx2python-resources/~$strict.docx: Office-vergrendelbestand (tijdelijk)',
    ]);
    expect(second.job.counts.unchanged).toBe(files.length - 1);
  }, 120_000);
});
