/**
 * The files of one job, what went wrong first: filtered by status, searched on path and reason, loaded a
 * page at a time. The CSV link exports the same selection.
 */
import type { FileOutcome, JobFilesResponse, JobFileView } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { jobFilesCsvUrl, type AdminClient } from './admin-client.ts';
import { createState, type ReadableStore } from './store.ts';

export const problemStatuses: FileOutcome[] = ['failed', 'needs-ocr', 'skipped'];

export interface JobFilesSnapshot {
  statuses: FileOutcome[];
  query: string;
  state: 'loading' | 'ok' | 'failed';
  files: JobFileView[];
  total: number;
  counts: JobFilesResponse['counts'] | null;
  failure: ApiFailure | null;
  loadingMore: boolean;
  csvUrl: string;
}

export interface JobFilesStore extends ReadableStore<JobFilesSnapshot> {
  load(): Promise<void>;
  setStatuses(statuses: FileOutcome[]): Promise<void>;
  search(query: string): Promise<void>;
  loadMore(): Promise<void>;
}

export function createJobFilesStore(options: {
  client: Pick<AdminClient, 'jobFiles'>;
  jobId: string;
  pageSize?: number;
  statuses?: FileOutcome[];
}): JobFilesStore {
  const { client, jobId } = options;
  const pageSize = options.pageSize ?? 100;
  const initialStatuses = options.statuses ?? problemStatuses;
  const state = createState<JobFilesSnapshot>({
    statuses: initialStatuses,
    query: '',
    state: 'loading',
    files: [],
    total: 0,
    counts: null,
    failure: null,
    loadingMore: false,
    csvUrl: jobFilesCsvUrl(jobId, { status: initialStatuses }),
  });
  // Only the newest request may change the list: filters can change faster than the server answers.
  let generation = 0;

  async function fetchPage(offset: number): Promise<void> {
    const current = ++generation;
    const { statuses, query } = state.getSnapshot();
    const result = await client.jobFiles(jobId, { status: statuses, q: query, limit: pageSize, offset });
    if (current !== generation) return;
    if (!result.ok) {
      state.set({ state: 'failed', failure: result.reason, loadingMore: false });
      return;
    }
    state.set({
      state: 'ok',
      failure: null,
      loadingMore: false,
      files: offset === 0 ? result.value.files : [...state.getSnapshot().files, ...result.value.files],
      total: result.value.total,
      counts: result.value.counts,
    });
  }

  function select(change: Partial<Pick<JobFilesSnapshot, 'statuses' | 'query'>>): Promise<void> {
    const next = { ...state.getSnapshot(), ...change };
    state.set({
      ...change,
      state: 'loading',
      csvUrl: jobFilesCsvUrl(jobId, { status: next.statuses, q: next.query }),
    });
    return fetchPage(0);
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    load: () => fetchPage(0),
    setStatuses: (statuses) => select({ statuses }),
    search: (query) => select({ query: query.trim() }),
    async loadMore() {
      const { files, total, loadingMore } = state.getSnapshot();
      if (loadingMore || files.length >= total) return;
      state.set({ loadingMore: true });
      await fetchPage(files.length);
    },
  };
}
