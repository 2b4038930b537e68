/**
 * What the components use, handed down once: the chat and language stores, the API clients and the
 * caches. Components read stores through the hooks below and stay thin.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DocumentResponse, HealthResponse, MeResponse } from '../../../server/contract/index.ts';
import { createAdminClient, type AdminClient } from '../admin/admin-client.ts';
import { cacheSuccesses, type CachedLoader } from '../api/cache.ts';
import type { ApiClient, ApiFailure } from '../api/client.ts';
import type { ChatSnapshot, ChatStore, Language } from '../chat/chat-store.ts';
import { catalogues, type LanguageStore } from '../i18n/language-store.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { createNotesClient, type NotesClient } from '../notes/notes-client.ts';

export interface ClipboardWriter {
  writeText(text: string): Promise<void>;
}

export interface Services {
  chat: ChatStore;
  language: LanguageStore;
  api: ApiClient;
  documents: CachedLoader<string, DocumentResponse, ApiFailure>;
  health: CachedLoader<string, HealthResponse, ApiFailure>;
  clipboard: ClipboardWriter;
  /** The user's groups and roles, loaded once: whether to offer the admin console. */
  me: CachedLoader<string, MeResponse, ApiFailure>;
  admin: AdminClient;
  /** Knowledge notes and gaps (`/api/notes`, `/api/gaps`). */
  notes: NotesClient;
  /** Goes to another page of the app (a full page load, like the app's links). */
  navigate: (url: string) => void;
}

export function createServices(
  parts: Pick<Services, 'chat' | 'language' | 'api' | 'clipboard'> &
    Partial<Pick<Services, 'admin' | 'notes' | 'navigate'>>,
): Services {
  return {
    ...parts,
    documents: cacheSuccesses((id: string) => parts.api.document(id)),
    health: cacheSuccesses(() => parts.api.health()),
    me: cacheSuccesses(() => parts.api.me()),
    admin: parts.admin ?? createAdminClient(),
    notes: parts.notes ?? createNotesClient(),
    navigate: parts.navigate ?? ((url) => globalThis.location.assign(url)),
  };
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useChat(): ChatSnapshot {
  const { chat } = useServices();
  return useSyncExternalStore(chat.subscribe, chat.getSnapshot);
}

export function useLanguage(): Language {
  const { language } = useServices();
  return useSyncExternalStore(language.subscribe, language.getSnapshot);
}

export function useMessages(): Messages {
  return catalogues[useLanguage()];
}
