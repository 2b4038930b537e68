/** Runs a load when its key changes and gives its state; a newer key makes an older answer irrelevant. */
import { useEffect, useState } from 'react';
import type { Result } from '../result.ts';

export type Loaded<T, Reason> =
  { state: 'idle' } | { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; reason: Reason };

export function useLoaded<T, Reason>(
  key: string | null,
  load: (key: string) => Promise<Result<T, Reason>>,
): Loaded<T, Reason> {
  const [loaded, setLoaded] = useState<{ key: string | null; value: Loaded<T, Reason> }>({
    key: null,
    value: { state: 'idle' },
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void load(key).then((result) => {
      if (!current) return;
      setLoaded({
        key,
        value: result.ok ? { state: 'ok', value: result.value } : { state: 'failed', reason: result.reason },
      });
    });
    return () => {
      current = false;
    };
  }, [key, load]);
  if (key === null) return { state: 'idle' };
  return loaded.key === key ? loaded.value : { state: 'loading' };
}
