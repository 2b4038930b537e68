import { describe, expect, it } from 'vitest';
import type { AdminJob } from '../../../server/contract/index.ts';
import { ok } from '../result.ts';
import { createJobsStore } from './jobs-store.ts';
import { adminJob, runningJob } from './test-support/admin-fixtures.ts';
import { fakeAdminClient } from './test-support/fake-admin-client.ts';
import { until } from './test-support/until.ts';

describe('createJobsStore', () => {
  it('reads the list again while a job runs, and stops once none does', async () => {
    const answers: AdminJob[][] = [[runningJob(), adminJob()], [runningJob({ filesDone: 9 })], [adminJob()]];
    const { client, calls } = fakeAdminClient({ jobs: async () => ok({ jobs: answers.shift() ?? [] }) });
    const pauses: number[] = [];
    const store = createJobsStore({ client, pollMs: 50, wait: async (ms) => void pauses.push(ms) });
    store.open({ source: 'beleid' });
    const last = await until(store, () => answers.length === 0 && calls.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(last.jobs.map((job) => job.status)).toEqual(['completed']);
    expect(calls.map((call) => call.args[0])).toEqual([
      { limit: 100, source: 'beleid' },
      { limit: 100, source: 'beleid' },
      { limit: 100, source: 'beleid' },
    ]);
    expect(pauses).toEqual([50, 50]);
    store.close();
  });

  it('keeps the list it has when a later read fails, and keeps trying', async () => {
    let fail = false;
    const { client } = fakeAdminClient({
      jobs: async () =>
        fail
          ? { ok: false, reason: { kind: 'network', message: 'Failed to fetch' } }
          : ((fail = true), ok({ jobs: [runningJob()] })),
    });
    let pauses = 0;
    let stopped!: () => void;
    const done = new Promise<void>((resolve) => (stopped = resolve));
    const store = createJobsStore({
      client,
      wait: async () => {
        pauses += 1;
        if (pauses === 3) {
          store.close();
          stopped();
        }
      },
    });
    store.open({});
    await done;
    // Still polling after failed reads, because the list on screen shows a running job.
    expect(pauses).toBe(3);
    expect(store.getSnapshot()).toMatchObject({ state: 'ok', failure: null });
    expect(store.getSnapshot().jobs).toHaveLength(1);
  });
});
