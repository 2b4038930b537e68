/** The job history: loaded once, and again every few seconds while a job is queued or running. */
import type { AdminJob } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import type { AdminClient, JobListFilter } from './admin-client.ts';
import { isActive } from './job-store.ts';
import { createState, pause, type ReadableStore } from './store.ts';

export interface JobsSnapshot {
  state: 'loading' | 'ok' | 'failed';
  jobs: AdminJob[];
  failure: ApiFailure | null;
}

export interface JobsStore extends ReadableStore<JobsSnapshot> {
  open(filter: JobListFilter): void;
  close(): void;
}

export function createJobsStore(options: {
  client: Pick<AdminClient, 'jobs'>;
  pollMs?: number;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}): JobsStore {
  const pollMs = options.pollMs ?? 3000;
  const wait = options.wait ?? pause;
  const state = createState<JobsSnapshot>({ state: 'loading', jobs: [], failure: null });
  let controller: AbortController | null = null;

  async function poll(filter: JobListFilter, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const result = await options.client.jobs({ limit: 100, ...filter }, signal);
      if (signal.aborted) return;
      if (result.ok) state.set({ state: 'ok', jobs: result.value.jobs, failure: null });
      else if (state.getSnapshot().state !== 'ok') state.set({ state: 'failed', failure: result.reason });
      // A failed read keeps polling while the list on screen still shows a running job.
      const running = (result.ok ? result.value.jobs : state.getSnapshot().jobs).some(isActive);
      if (!running) return;
      await wait(pollMs, signal);
    }
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    open(filter) {
      controller?.abort();
      const abort = new AbortController();
      controller = abort;
      void poll(filter, abort.signal);
    },
    close() {
      controller?.abort();
      controller = null;
    },
  };
}
