import { describe, expect, it, vi } from 'vitest';
import { emptyCounts, type IndexInfo, type JobRecord } from '../types.ts';
import { dryRunStore } from './dry-run-store.ts';
import type { Store } from './store.ts';

/** A store whose every method records its calls and answers with a marker of its own name. */
function recordingStore() {
  const calls: string[] = [];
  const store = new Proxy({} as Store, {
    get: (_target, property) =>
      vi.fn(async (...args: unknown[]) => {
        calls.push(String(property));
        return { from: String(property), args };
      }),
  });
  return { store, calls };
}

const info = { embeddingModel: null } as IndexInfo;
const job = { id: 'job-1', counts: emptyCounts() } as JobRecord;

describe('dryRunStore', () => {
  it('does none of the writes, and counts them', async () => {
    const { store, calls } = recordingStore();
    const dry = dryRunStore(store);
    await dry.writeIndexInfo(info);
    await dry.resetChunks(384);
    await dry.commit([], 'set');
    await dry.commit([], 'set');
    await dry.removeDocuments(['a']);
    expect(await dry.refreshSearchText(() => '')).toBe(0);
    await dry.setSourceAccess('share', ['medewerkers']);
    expect(await dry.repair()).toEqual({ orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 });
    await dry.finishRun({ changed: true });
    await dry.createJob(job);
    await dry.updateJob(job);
    await dry.addJobFiles([]);
    await dry.close();
    expect(calls).toEqual([]);
    expect(dry.skippedWrites).toEqual({
      writeIndexInfo: 1,
      resetChunks: 1,
      commit: 2,
      removeDocuments: 1,
      refreshSearchText: 1,
      setSourceAccess: 1,
      repair: 1,
      finishRun: 1,
      createJob: 1,
      updateJob: 1,
      addJobFiles: 1,
    });
  });

  it('passes every read through to the real store', async () => {
    const { store, calls } = recordingStore();
    const dry = dryRunStore(store);
    const reads: [string, unknown][] = [
      ['readIndexInfo', await dry.readIndexInfo()],
      ['listDocuments', await dry.listDocuments('share')],
      ['getDocument', await dry.getDocument('doc-1')],
      ['getJob', await dry.getJob('job-1')],
      ['listJobs', await dry.listJobs({ limit: 3 })],
      ['listJobFiles', await dry.listJobFiles('job-1', { statuses: ['failed'] })],
      ['listChunks', await dry.listChunks({ documentId: 'doc-1' })],
      ['stats', await dry.stats()],
    ];
    expect(calls).toEqual(reads.map(([name]) => name));
    for (const [name, answer] of reads) expect(answer).toMatchObject({ from: name });
    expect(await dry.listDocuments('share')).toEqual({ from: 'listDocuments', args: ['share'] });
    expect(await dry.listJobFiles('job-1', { statuses: ['failed'] })).toEqual({
      from: 'listJobFiles',
      args: ['job-1', { statuses: ['failed'] }],
    });
    expect(dry.skippedWrites).toEqual({});
  });
});
