/**
 * A dry run is a run against a store that writes nothing: every read goes to the real store, so the run
 * compares files with what the knowledge base holds; every write is swallowed and counted, so the run's
 * steps need no "unless dry run" of their own.
 */
import type { RepairReport, Store } from './store.ts';

/** The write operations of `Store`, each counted by how often a run would have called it. */
export type StoreWrite =
  | 'writeIndexInfo'
  | 'resetChunks'
  | 'commit'
  | 'removeDocuments'
  | 'refreshSearchText'
  | 'setSourceAccess'
  | 'repair'
  | 'finishRun'
  | 'createJob'
  | 'updateJob'
  | 'addJobFiles';

export interface DryRunStore extends Store {
  /** How often each write was asked for (and not done). */
  readonly skippedWrites: Readonly<Partial<Record<StoreWrite, number>>>;
}

const nothingRepaired: RepairReport = { orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 };

/** Reads pass through to `store`; writes do nothing. Closing it leaves `store` open (it is not its owner). */
export function dryRunStore(store: Store): DryRunStore {
  const skippedWrites: Partial<Record<StoreWrite, number>> = {};
  const skip = (write: StoreWrite) => {
    skippedWrites[write] = (skippedWrites[write] ?? 0) + 1;
  };
  return {
    skippedWrites,
    readIndexInfo: () => store.readIndexInfo(),
    listDocuments: (source) => store.listDocuments(source),
    getDocument: (id) => store.getDocument(id),
    getJob: (id) => store.getJob(id),
    listJobs: (options) => store.listJobs(options),
    listJobFiles: (jobId, options) => store.listJobFiles(jobId, options),
    listChunks: (options) => store.listChunks(options),
    stats: () => store.stats(),
    writeIndexInfo: async () => skip('writeIndexInfo'),
    resetChunks: async () => skip('resetChunks'),
    commit: async () => skip('commit'),
    removeDocuments: async () => skip('removeDocuments'),
    // Nothing was recomputed: 0 chunks.
    refreshSearchText: async () => {
      skip('refreshSearchText');
      return 0;
    },
    setSourceAccess: async () => skip('setSourceAccess'),
    repair: async () => {
      skip('repair');
      return { ...nothingRepaired };
    },
    finishRun: async () => skip('finishRun'),
    createJob: async () => skip('createJob'),
    updateJob: async () => skip('updateJob'),
    addJobFiles: async () => skip('addJobFiles'),
    close: async () => undefined,
  };
}
