/** The sources page: the list, starting jobs (one source or all) and removing a source after confirmation. */
import type { AdminJob, AdminSourcesResponse } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import type { Result } from '../result.ts';
import type { AdminClient } from './admin-client.ts';
import { createState, type ReadableStore } from './store.ts';

export type SourcesNotice =
  | { kind: 'removed'; name: string; documents: number; chunks: number }
  | { kind: 'start-failed'; failure: ApiFailure }
  | { kind: 'remove-failed'; name: string; failure: ApiFailure };

export interface SourcesSnapshot {
  list:
    | { state: 'loading' }
    | { state: 'ok'; value: AdminSourcesResponse }
    | { state: 'failed'; failure: ApiFailure };
  /** The source a job is being started for (`all` for every source), or the one being removed. */
  busy: { action: 'start' | 'remove'; name: string } | null;
  notice: SourcesNotice | null;
}

export interface SourcesStore extends ReadableStore<SourcesSnapshot> {
  load(): Promise<void>;
  /** Starts a job; on success the page follows it. A refusal (a job already runs) becomes the notice. */
  start(sources: string[] | 'all', force: boolean): Promise<Result<AdminJob, ApiFailure>>;
  remove(name: string): Promise<void>;
}

export function createSourcesStore(options: {
  client: Pick<AdminClient, 'sources' | 'startJob' | 'removeSource'>;
}): SourcesStore {
  const { client } = options;
  const state = createState<SourcesSnapshot>({ list: { state: 'loading' }, busy: null, notice: null });

  async function load(): Promise<void> {
    const result = await client.sources();
    state.set({
      list: result.ok ? { state: 'ok', value: result.value } : { state: 'failed', failure: result.reason },
    });
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    load,
    async start(sources, force) {
      state.set({
        busy: { action: 'start', name: sources === 'all' ? 'all' : sources.join(',') },
        notice: null,
      });
      const result = await client.startJob({ sources, force });
      state.set({ busy: null, notice: result.ok ? null : { kind: 'start-failed', failure: result.reason } });
      // A refused start may mean another job began meanwhile; show it.
      if (!result.ok) await load();
      return result;
    },
    async remove(name) {
      state.set({ busy: { action: 'remove', name }, notice: null });
      const result = await client.removeSource(name, name);
      state.set({
        busy: null,
        notice: result.ok
          ? {
              kind: 'removed',
              name,
              documents: result.value.documentsRemoved,
              chunks: result.value.chunksRemoved,
            }
          : { kind: 'remove-failed', name, failure: result.reason },
      });
      await load();
    },
  };
}
