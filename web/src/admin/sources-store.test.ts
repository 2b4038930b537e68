import { describe, expect, it } from 'vitest';
import { fail } from '../result.ts';
import { createSourcesStore } from './sources-store.ts';
import { fakeAdminClient } from './test-support/fake-admin-client.ts';

describe('createSourcesStore', () => {
  it('loads the sources and starts a job for one of them', async () => {
    const { client, calls } = fakeAdminClient();
    const store = createSourcesStore({ client });
    await store.load();
    const list = store.getSnapshot().list;
    expect(list.state === 'ok' && list.value.sources.map((source) => source.name)).toEqual(['beleid']);
    const started = await store.start(['beleid'], true);
    expect(started.ok).toBe(true);
    expect(calls.find((call) => call.method === 'startJob')?.args).toEqual([
      { sources: ['beleid'], force: true },
    ]);
    expect(store.getSnapshot().busy).toBeNull();
  });

  it('says so when a source already has a job', async () => {
    const busy = {
      kind: 'http' as const,
      status: 409,
      code: 'conflict',
      message: 'Er loopt al een taak voor bron beleid.',
    };
    const { client, calls } = fakeAdminClient({ startJob: async () => fail(busy) });
    const store = createSourcesStore({ client });
    await store.start('all', false);
    expect(store.getSnapshot().notice).toEqual({ kind: 'start-failed', failure: busy });
    // The list is read again: it shows the job that is running.
    expect(calls.map((call) => call.method)).toEqual(['startJob', 'sources']);
  });

  it('removes a source with the name as confirmation and says what went', async () => {
    const { client, calls } = fakeAdminClient();
    const store = createSourcesStore({ client });
    await store.remove('beleid');
    expect(calls[0]).toEqual({ method: 'removeSource', args: ['beleid', 'beleid'] });
    expect(store.getSnapshot().notice).toEqual({
      kind: 'removed',
      name: 'beleid',
      documents: 12,
      chunks: 151,
    });
  });
});
