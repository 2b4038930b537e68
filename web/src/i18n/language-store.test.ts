import { describe, expect, it } from 'vitest';
import { catalogues, createLanguageStore } from './language-store.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('createLanguageStore', () => {
  it('starts in Dutch, switches to English, remembers it and tells subscribers', () => {
    const storage = memoryStorage();
    const store = createLanguageStore({ storage });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    expect(store.getSnapshot()).toBe('nl');
    store.set('en');
    store.set('en');
    expect(store.getSnapshot()).toBe('en');
    expect(calls).toBe(1);
    expect(createLanguageStore({ storage }).getSnapshot()).toBe('en');
  });

  it('ignores a stored value that is not a language, and blocked storage', () => {
    expect(
      createLanguageStore({ storage: memoryStorage({ 'vraagbaak.language': 'fr' }) }).getSnapshot(),
    ).toBe('nl');
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const store = createLanguageStore({ storage: blocked });
    store.set('en');
    expect(store.getSnapshot()).toBe('en');
  });
});

describe('message catalogues', () => {
  /** Every key path, so a string missing in one language fails here, not on screen. */
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
    return Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}.${key}`));
  }

  it('have the same keys in Dutch and English, and different text', () => {
    expect(keys(catalogues.en)).toEqual(keys(catalogues.nl));
    expect(catalogues.en.form.send).not.toBe(catalogues.nl.form.send);
  });
});
