/**
 * One job as its detail page follows it: the live figures from the events stream, reconnecting when the
 * stream drops before the job is done, and the cancel and resume actions.
 */
import type { AdminJob } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { fail, type Result } from '../result.ts';
import type { AdminClient } from './admin-client.ts';
import type { JobStreamFailure } from './job-events.ts';
import { createState, pause, type ReadableStore } from './store.ts';

export type JobConnection = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface JobSnapshot {
  jobId: string | null;
  job: AdminJob | null;
  /** Why the job cannot be shown (not found, no access), or why the stream failed before it came. */
  failure: JobStreamFailure | null;
  connection: JobConnection;
  action: 'cancel' | 'resume' | null;
  actionFailure: ApiFailure | null;
}

export interface JobStore extends ReadableStore<JobSnapshot> {
  /** Follows a job until it is done or `close` is called. */
  open(jobId: string): void;
  close(): void;
  cancel(): Promise<void>;
  /** Starts a new job that continues this one; its id is where the page goes next. */
  resume(): Promise<Result<AdminJob, ApiFailure>>;
}

export interface JobStoreOptions {
  client: Pick<AdminClient, 'jobEvents' | 'cancelJob' | 'resumeJob'>;
  /** Pauses before each reconnect; the last one repeats. */
  retryDelaysMs?: number[];
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const isActive = (job: AdminJob): boolean => job.status === 'queued' || job.status === 'running';

/** Failures that another try will not fix. */
const isFinal = (failure: JobStreamFailure): boolean =>
  failure.kind === 'aborted' || (failure.kind === 'http' && failure.status >= 400 && failure.status < 500);

export function createJobStore(options: JobStoreOptions): JobStore {
  const { client } = options;
  const delays = options.retryDelaysMs ?? [1000, 2000, 5000];
  const wait = options.wait ?? pause;
  const state = createState<JobSnapshot>({
    jobId: null,
    job: null,
    failure: null,
    connection: 'idle',
    action: null,
    actionFailure: null,
  });
  let controller: AbortController | null = null;

  /** A finished job never goes back to running: an answer that raced the stream's `done` is older. */
  function apply(job: AdminJob): void {
    const current = state.getSnapshot().job;
    if (job.id !== state.getSnapshot().jobId) return;
    if (current && !isActive(current) && isActive(job)) return;
    state.set({ job, failure: null });
  }

  async function follow(jobId: string, signal: AbortSignal): Promise<void> {
    for (let attempt = 0; !signal.aborted; attempt += 1) {
      const result = await client.jobEvents(jobId, {
        signal,
        onEvent: (event) => {
          apply(event.job);
          state.set({ connection: event.event === 'done' ? 'closed' : 'live' });
          attempt = 0;
        },
      });
      if (signal.aborted) return;
      if (result.ok) {
        apply(result.value);
        state.set({ connection: 'closed' });
        return;
      }
      if (isFinal(result.reason)) {
        state.set({ failure: result.reason, connection: 'closed' });
        return;
      }
      // The server sends a fresh snapshot on every connection, so nothing is lost by reconnecting.
      state.set({
        connection: 'reconnecting',
        failure: state.getSnapshot().job ? null : result.reason,
      });
      await wait(delays[Math.min(attempt, delays.length - 1)] ?? 1000, signal);
    }
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    open(jobId) {
      controller?.abort();
      const abort = new AbortController();
      controller = abort;
      state.set({ jobId, job: null, failure: null, connection: 'connecting', actionFailure: null });
      void follow(jobId, abort.signal);
    },
    close() {
      controller?.abort();
      controller = null;
      if (state.getSnapshot().connection !== 'closed') state.set({ connection: 'idle' });
    },
    async cancel() {
      const { jobId, action } = state.getSnapshot();
      if (!jobId || action) return;
      state.set({ action: 'cancel', actionFailure: null });
      const result = await client.cancelJob(jobId);
      if (result.ok) apply(result.value);
      state.set({ action: null, actionFailure: result.ok ? null : result.reason });
    },
    async resume() {
      const { jobId, action } = state.getSnapshot();
      if (!jobId || action) return fail({ kind: 'aborted' });
      state.set({ action: 'resume', actionFailure: null });
      const result = await client.resumeJob(jobId);
      state.set({ action: null, actionFailure: result.ok ? null : result.reason });
      return result;
    },
  };
}
