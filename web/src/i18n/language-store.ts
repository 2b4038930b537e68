/** The interface language: remembered in the browser, reflected in `<html lang>` by the app. */
import type { Language } from '../chat/chat-store.ts';
import { en } from './messages-en.ts';
import { nl, type Messages } from './messages-nl.ts';

export const catalogues: Record<Language, Messages> = { nl, en };
export const languages: readonly Language[] = ['nl', 'en'];

export interface LanguageStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Language;
  set(language: Language): void;
}

/** The part of `Storage` this store uses, so tests can pass a map. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storageKey = 'vraagbaak.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

export function createLanguageStore(
  options: { storage?: PreferenceStorage | null; fallback?: Language } = {},
): LanguageStore {
  const storage = options.storage ?? null;
  const listeners = new Set<() => void>();
  let stored: string | null = null;
  try {
    stored = storage?.getItem(storageKey) ?? null;
  } catch {
    // Storage can be blocked by browser policy; the default language will do.
  }
  let language: Language = isLanguage(stored) ? stored : (options.fallback ?? 'nl');
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => language,
    set(next) {
      if (next === language) return;
      language = next;
      try {
        storage?.setItem(storageKey, next);
      } catch {
        // Not remembered across visits; the switch still works for this page.
      }
      for (const listener of listeners) listener();
    },
  };
}
