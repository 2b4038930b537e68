/**
 * The smallest store React can read through useSyncExternalStore: a snapshot replaced on every change and a
 * set of listeners. The console's stores are built on it, so tests drive them without a DOM.
 */
import { useSyncExternalStore } from 'react';
import { fail, type Result } from '../result.ts';

export interface ReadableStore<Snapshot> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
}

export interface State<Snapshot> extends ReadableStore<Snapshot> {
  set(change: Partial<Snapshot>): void;
}

export function createState<Snapshot extends object>(initial: Snapshot): State<Snapshot> {
  const listeners = new Set<() => void>();
  let snapshot = initial;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    set(change) {
      snapshot = { ...snapshot, ...change };
      for (const listener of listeners) listener();
    },
  };
}

/**
 * For a form's store: ends a submit that did not go through with `change` (errors, a failure) and counts the
 * attempt, so the form moves focus to what went wrong again even when the errors are the same.
 */
export function refuseSubmit<Snapshot extends { submitting: boolean; attempt: number }>(
  state: State<Snapshot>,
) {
  return (change: Partial<Snapshot>): Result<never, 'invalid'> => {
    state.set({ submitting: false, attempt: state.getSnapshot().attempt + 1, ...change });
    return fail('invalid');
  };
}

export function useStore<Snapshot>(store: ReadableStore<Snapshot>): Snapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Waits `ms`, or less when the signal aborts; for polling and reconnecting. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
