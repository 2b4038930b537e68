import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result.ts';
import { cacheSuccesses } from './cache.ts';

describe('cacheSuccesses', () => {
  it('loads a key once while it succeeds, and again after a failure', async () => {
    const loads: string[] = [];
    let failNext = true;
    const load = cacheSuccesses(async (key: string) => {
      loads.push(key);
      if (failNext) {
        failNext = false;
        return fail('offline');
      }
      return ok(key.toUpperCase());
    });
    expect(await load('a')).toEqual({ ok: false, reason: 'offline' });
    expect(await load('a')).toEqual({ ok: true, value: 'A' });
    expect(await load('a')).toEqual({ ok: true, value: 'A' });
    expect(loads).toEqual(['a', 'a']);
  });

  it('forgets the oldest entry beyond its limit', async () => {
    const loads: string[] = [];
    const load = cacheSuccesses(async (key: string) => (loads.push(key), ok(key)), { maxEntries: 2 });
    await load('a');
    await load('b');
    await load('c');
    await load('a');
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });
});
