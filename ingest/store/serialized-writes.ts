/**
 * One process, several writers: the server's job queue and note publishing both write to the knowledge base.
 * A run's repair step removes chunks no document points to yet, which is what a commit in progress looks like
 * between its two steps; compaction and a rebuild of the search column must not meet a half-written batch
 * either. Passing every writer the same wrapped store runs these operations one at a time. Each is short (a
 * batch of 32 documents at most), so a note waits for one batch of a running job, not for the whole job.
 */
import { Mutex } from 'async-mutex';
import type { Store } from './store.ts';

const serializedOperations: ReadonlySet<PropertyKey> = new Set<keyof Store>([
  'commit',
  'removeDocuments',
  'setSourceAccess',
  'repair',
  'refreshSearchText',
  'resetChunks',
  'finishRun',
]);

/** The same store, with its write operations run one at a time (reads are untouched). */
export function serializeWrites<S extends Store>(store: S, mutex: Mutex = new Mutex()): S {
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!serializedOperations.has(property)) return method.bind(target);
      return (...args: unknown[]) => mutex.runExclusive(() => method.apply(target, args));
    },
  });
}
