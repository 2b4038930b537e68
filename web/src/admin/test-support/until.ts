import type { ReadableStore } from '../store.ts';

/** Resolves with the store's snapshot once it satisfies the check. */
export function until<Snapshot>(
  store: ReadableStore<Snapshot>,
  check: (snapshot: Snapshot) => boolean,
): Promise<Snapshot> {
  return new Promise((resolve) => {
    if (check(store.getSnapshot())) return resolve(store.getSnapshot());
    const stop = store.subscribe(() => {
      if (!check(store.getSnapshot())) return;
      stop();
      resolve(store.getSnapshot());
    });
  });
}
