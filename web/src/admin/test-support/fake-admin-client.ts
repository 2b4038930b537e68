/**
 * A fake of our AdminClient: answers from fixtures, records every call, and plays job event streams from a
 * script (each call to `jobEvents` takes the next stream; `hold` keeps one open until released or aborted).
 */
import type { AdminJob } from '../../../../server/contract/index.ts';
import { fail, ok } from '../../result.ts';
import type { AdminClient } from '../admin-client.ts';
import type { JobEvent, JobStreamFailure } from '../job-events.ts';
import { adminJob, adminSource, jobFilesResponse, overviewResponse } from './admin-fixtures.ts';

export interface ScriptedStream {
  events: JobEvent[];
  /** How the stream ends after its events: with the last `done` event (default), or a failure. */
  end?: 'done' | JobStreamFailure;
  hold?: boolean;
}

export function fakeAdminClient(overrides: Partial<AdminClient> = {}, streams: ScriptedStream[] = []) {
  const calls: { method: string; args: unknown[] }[] = [];
  let release: () => void = () => {};
  const record =
    <Args extends unknown[], Value>(method: string, implementation: (...args: Args) => Promise<Value>) =>
    (...args: Args) => {
      calls.push({ method, args });
      return implementation(...args);
    };

  const jobEvents: AdminClient['jobEvents'] = async (_id, { onEvent, signal }) => {
    const stream = streams.shift() ?? { events: [], end: { kind: 'incomplete' } };
    for (const event of stream.events) onEvent(event);
    if (stream.hold) {
      await new Promise<void>((resolve) => {
        release = resolve;
        signal?.addEventListener('abort', () => resolve());
      });
    }
    if (signal?.aborted) return fail({ kind: 'aborted' });
    const end = stream.end ?? 'done';
    if (end !== 'done') return fail(end);
    const done = stream.events.findLast((event) => event.event === 'done');
    return done ? ok(done.job) : fail({ kind: 'incomplete' });
  };

  const defaults: AdminClient = {
    sources: async () =>
      ok({ sources: [adminSource()], schedulesEnabled: true, timezone: 'Europe/Amsterdam' }),
    source: async (name) => ok(adminSource({ name })),
    addSource: async (body) => ok(adminSource({ ...body, schedule: body.schedule ?? null })),
    updateSource: async (name, body) => ok(adminSource({ ...body, name, schedule: body.schedule ?? null })),
    removeSource: async (name) => ok({ name, documentsRemoved: 12, chunksRemoved: 151 }),
    startJob: async () => ok(adminJob({ status: 'queued', id: '20250301030000-0badcafe' })),
    jobs: async () => ok({ jobs: [adminJob()] }),
    job: async (id) => ok(adminJob({ id })),
    cancelJob: async (id) => ok(adminJob({ id, status: 'cancelled', resumable: true })),
    resumeJob: async () =>
      ok(adminJob({ id: '20250301040000-00c0ffee', status: 'queued', resumedFrom: 'x' })),
    jobFiles: async () => ok(jobFilesResponse()),
    overview: async () => ok(overviewResponse()),
    rebuild: async () => ok(adminJob({ kind: 'rebuild', status: 'queued' })),
    discardRebuild: async () => ok(true as const),
    jobEvents,
  };
  const merged = { ...defaults, ...overrides };
  const client = Object.fromEntries(
    Object.entries(merged).map(([method, implementation]) => [
      method,
      record(method, implementation as (...args: unknown[]) => Promise<unknown>),
    ]),
  ) as unknown as AdminClient;
  return { client, calls, release: () => release(), streams };
}

export const event = (name: JobEvent['event'], job: AdminJob): JobEvent => ({ event: name, job });
