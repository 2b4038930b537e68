/** Remembers successful loads by key; a failure is not remembered, so the next call tries again. */
import type { Result } from '../result.ts';

export type CachedLoader<Key, Value, Reason> = (key: Key) => Promise<Result<Value, Reason>>;

export function cacheSuccesses<Key, Value, Reason>(
  load: (key: Key) => Promise<Result<Value, Reason>>,
  options: { maxEntries?: number } = {},
): CachedLoader<Key, Value, Reason> {
  const { maxEntries = 20 } = options;
  const entries = new Map<Key, Promise<Result<Value, Reason>>>();
  return (key) => {
    const cached = entries.get(key);
    if (cached) return cached;
    const pending = load(key).then((result) => {
      if (!result.ok) entries.delete(key);
      return result;
    });
    entries.set(key, pending);
    // Documents can be large; keep only the most recent few.
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return pending;
  };
}
