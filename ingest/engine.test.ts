import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestEngine, type ClosableParser, type IngestSettings } from './engine.ts';
import { ok } from './result.ts';
import type { Store } from './store/index.ts';
import type { SourceConfig } from './types.ts';

/** An empty knowledge base that records which methods were called. */
function recordingStore() {
  const calls: string[] = [];
  const answers: Partial<Record<keyof Store, unknown>> = {
    readIndexInfo: null,
    listDocuments: [],
    repair: { orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 },
  };
  const store = new Proxy({} as Store, {
    get: (_target, property) => async () => {
      calls.push(String(property));
      return answers[property as keyof Store];
    },
  });
  return { store, calls };
}

const writes = [
  'resetChunks',
  'writeIndexInfo',
  'createJob',
  'commit',
  'addJobFiles',
  'finishRun',
  'updateJob',
];

describe('the ingest engine', () => {
  let dir: string;
  let source: SourceConfig;
  const parsers = { opened: 0, closed: 0 };
  const settings: IngestSettings = {
    openParser: (): ClosableParser => {
      parsers.opened += 1;
      return {
        parse: async () =>
          ok({ format: 'text', blocks: [{ kind: 'paragraph', text: 'De fietsstraat.' }], warnings: [] }),
        close: async () => {
          parsers.closed += 1;
        },
      };
    },
    supportedExtensions: new Set(['.txt']),
    maxFileBytes: 1024 * 1024,
    concurrency: 1,
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'engine-'));
    await writeFile(path.join(dir, 'fietsstraat.txt'), 'De fietsstraat.');
    source = { name: 'share', root: dir, include: [], exclude: [], accessGroups: ['medewerkers'] };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const engineOver = (store: Store) =>
    createIngestEngine({
      store,
      model: { embedder: null, lexicalReason: 'test zonder model' },
      searchText: (fields) => fields.text,
      logger: pino({ level: 'silent' }),
      settings,
    });

  it('writes to the store a sync names, with a parse pool of its own', async () => {
    const own = recordingStore();
    const target = recordingStore();
    const summary = await engineOver(own.store).sync({
      sources: [source],
      trigger: 'cli',
      store: target.store,
    });
    expect(summary.job.status).toBe('completed');
    expect(summary.job.counts.indexed).toBe(1);
    expect(own.calls).toEqual([]);
    for (const write of writes) expect(target.calls).toContain(write);
    expect(parsers).toEqual({ opened: 1, closed: 1 });
  });

  it('on a dry run reads the store, writes nothing and lists the plan', async () => {
    const { store, calls } = recordingStore();
    const summary = await engineOver(store).sync({ sources: [source], trigger: 'cli', dryRun: true });
    expect(summary.plan).toEqual([
      { source: 'share', relativePath: 'fietsstraat.txt', change: 'new', reason: '' },
    ]);
    expect(calls).toContain('listDocuments');
    expect(calls.filter((call) => writes.includes(call) || call === 'repair')).toEqual([]);
  });
});
