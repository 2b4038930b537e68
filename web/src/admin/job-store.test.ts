import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result.ts';
import { createJobStore } from './job-store.ts';
import { adminJob, jobId, runningJob } from './test-support/admin-fixtures.ts';
import { event, fakeAdminClient } from './test-support/fake-admin-client.ts';
import { until } from './test-support/until.ts';

const noWait = async () => {};

describe('createJobStore', () => {
  it('follows a job from its snapshot through progress to done', async () => {
    const done = adminJob();
    const { client } = fakeAdminClient({}, [
      {
        events: [
          event('snapshot', runningJob({ filesDone: 0, percent: 0 })),
          event('progress', runningJob({ filesDone: 5 })),
          event('done', done),
        ],
      },
    ]);
    const store = createJobStore({ client, wait: noWait });
    const seen: (number | string)[] = [];
    store.subscribe(() => {
      const job = store.getSnapshot().job;
      if (job) seen.push(job.progress?.filesDone ?? job.status);
    });
    store.open(jobId);
    const final = await until(store, (snapshot) => snapshot.connection === 'closed');
    expect(seen).toContain(0);
    expect(seen).toContain(5);
    expect(final.job).toEqual(done);
    expect(final.failure).toBeNull();
  });

  it('reconnects after the stream drops and takes the fresh snapshot', async () => {
    const delays: number[] = [];
    const { client, calls } = fakeAdminClient({}, [
      { events: [event('snapshot', runningJob({ filesDone: 2 }))], end: { kind: 'incomplete' } },
      { events: [], end: { kind: 'network', message: 'Failed to fetch' } },
      { events: [event('snapshot', runningJob({ filesDone: 9 })), event('done', adminJob())] },
    ]);
    const store = createJobStore({
      client,
      retryDelaysMs: [10, 20],
      wait: async (ms) => void delays.push(ms),
    });
    const states: string[] = [];
    store.subscribe(() => states.push(store.getSnapshot().connection));
    store.open(jobId);
    const final = await until(store, (snapshot) => snapshot.connection === 'closed');
    expect(calls.filter((call) => call.method === 'jobEvents')).toHaveLength(3);
    expect(delays).toEqual([10, 20]);
    expect(states).toContain('reconnecting');
    expect(final.job?.status).toBe('completed');
    // A job on screen stays on screen while reconnecting; no failure is shown for a dropped stream.
    expect(final.failure).toBeNull();
  });

  it('stops on a job that does not exist', async () => {
    const missing = {
      kind: 'http' as const,
      status: 404,
      code: 'not_found',
      message: 'Taak x bestaat niet.',
    };
    const { client, calls } = fakeAdminClient({}, [{ events: [], end: missing }]);
    const store = createJobStore({ client, wait: noWait });
    store.open(jobId);
    const final = await until(store, (snapshot) => snapshot.connection === 'closed');
    expect(final.failure).toEqual(missing);
    expect(final.job).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('cancels, and ignores a cancel answer that comes after the stream said done', async () => {
    const running = runningJob();
    const stopping = runningJob({}, { cancelRequested: true });
    const cancelled = adminJob({ status: 'cancelled', resumable: true });
    const fake = fakeAdminClient({ cancelJob: async () => ok(stopping) }, [
      { events: [event('snapshot', running)], hold: true },
    ]);
    const store = createJobStore({ client: fake.client, wait: noWait });
    store.open(jobId);
    await until(store, (snapshot) => snapshot.connection === 'live');
    await store.cancel();
    expect(store.getSnapshot().job?.cancelRequested).toBe(true);
    expect(fake.calls.map((call) => call.method)).toContain('cancelJob');
    fake.streams.push({ events: [event('done', cancelled)] });
    fake.release();
    await until(store, (snapshot) => snapshot.job?.status === 'cancelled');
    await store.cancel();
    expect(store.getSnapshot().job?.status).toBe('cancelled');
    store.close();
  });

  it('resumes as a new job and reports a refusal', async () => {
    const resumed = adminJob({ id: '20250301040000-00c0ffee', status: 'queued', resumedFrom: jobId });
    let refuse = false;
    const { client } = fakeAdminClient(
      {
        resumeJob: async () =>
          refuse
            ? fail({ kind: 'http', status: 409, code: 'conflict', message: 'Taak loopt nog.' })
            : ok(resumed),
      },
      [{ events: [event('snapshot', adminJob({ status: 'interrupted', resumable: true }))] }],
    );
    const store = createJobStore({ client, wait: noWait });
    store.open(jobId);
    expect(await store.resume()).toEqual({ ok: true, value: resumed });
    refuse = true;
    const refused = await store.resume();
    expect(refused.ok).toBe(false);
    expect(store.getSnapshot().actionFailure).toMatchObject({ status: 409, message: 'Taak loopt nog.' });
    store.close();
  });
});
