import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstEvent, type FirstEventResult } from '../bench/first-event.ts';
import type { SearchableStore } from '../ingest/store/index.ts';
import { ALL_STAFF_GROUP } from '../ingest/sources/index.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { folderSource, openHarness, type Harness } from './support/ingest-harness.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';

/** The benchmark's own measurement, over the sample corpus: a figure the target is judged by. */
describe('bench:query, time until the request reaches the model', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let harness: Harness;
  let results: FirstEventResult[];
  const answerable = 'Wat kost een bewonersvergunning?';
  const nonsense = 'Wanneer geldt qwrzt vlompkrad zurfbeltang?';

  beforeAll(async () => {
    work = await makeTempDir('bench-first-event');
    const embedder = createDeterministicEmbedder();
    harness = await openHarness(work.dir, { embedder });
    const run = await harness.ingest([folderSource('voorbeeld', sampleDir)]);
    expect(run.job.status).toBe('completed');
    results = await measureFirstEvent({
      store: harness.store as SearchableStore,
      embedder,
      readerGroups: [ALL_STAFF_GROUP],
      // The unanswerable question comes first: it never reaches the model, and must not shift the pairing.
      questions: [nonsense, answerable, nonsense, answerable],
      answersFile: path.join(work.dir, 'answers.sqlite'),
    });
  });
  afterAll(async () => {
    await harness?.close();
    await work?.remove();
  });

  it('pairs each question with the model request it caused, and only that one', () => {
    const withModel = results.find((result) => result.mode === 'model')!;
    expect(withModel.requests.map((request) => request.untilModelMs === null)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    for (const request of withModel.requests) {
      expect(request.firstEventMs).toBeLessThanOrEqual(request.totalMs);
      if (request.untilModelMs !== null) {
        expect(request.untilModelMs).toBeGreaterThan(0);
        expect(request.untilModelMs).toBeLessThanOrEqual(request.totalMs);
      }
    }
  });

  it('never reaches the model in extractive mode', () => {
    const extractive = results.find((result) => result.mode === 'extractive')!;
    expect(extractive.requests).toHaveLength(4);
    expect(extractive.requests.every((request) => request.untilModelMs === null)).toBe(true);
  });
});
