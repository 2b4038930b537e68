/**
 * The name a user goes by in a note's history ("gewijzigd door Anna"), remembered in this browser. Until
 * sign-in gives names, this is what lets a colleague see who saved in between; it is sent as `editorName` or
 * `reviewerName` and never used to decide anything.
 */
import type { PreferenceStorage } from '../i18n/language-store.ts';

const storageKey = 'vraagbaak.notities.naam';

export interface DisplayName {
  get(): string;
  set(name: string): void;
}

export function browserStorage(): PreferenceStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createDisplayName(storage: PreferenceStorage | null = browserStorage()): DisplayName {
  let remembered = '';
  try {
    remembered = storage?.getItem(storageKey) ?? '';
  } catch {
    // Blocked storage: the name is asked again next time.
  }
  return {
    get: () => remembered,
    set(name) {
      const clean = name.trim().slice(0, 100);
      if (clean === remembered || clean === '') return;
      remembered = clean;
      try {
        storage?.setItem(storageKey, clean);
      } catch {
        // Not remembered across visits.
      }
    },
  };
}

/** What to send: a name when there is one, else nothing (the server then records none). */
export const nameToSend = (name: string): string | undefined => name.trim() || undefined;
