/** Renders a page with real stores and fake edges (transport, API, clipboard). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AdminClient } from '../admin/admin-client.ts';
import type { ApiClient } from '../api/client.ts';
import type { NotesClient } from '../notes/notes-client.ts';
import { createServices, ServicesProvider, type ClipboardWriter } from '../app/services.tsx';
import { createChatStore, type ChatTransport } from '../chat/chat-store.ts';
import { createLanguageStore } from '../i18n/language-store.ts';
import { fakeApi, fakeClipboard } from './fakes.ts';

export function renderWithServices(
  element: ReactElement,
  parts: {
    transport?: ChatTransport;
    api?: ApiClient;
    clipboard?: ClipboardWriter;
    admin?: AdminClient;
    notes?: NotesClient;
    navigate?: (url: string) => void;
  } = {},
) {
  const services = createServices({
    chat: createChatStore({
      transport: parts.transport ?? (async () => ({ ok: false, reason: { kind: 'incomplete' } })),
    }),
    language: createLanguageStore(),
    api: parts.api ?? fakeApi().api,
    clipboard: parts.clipboard ?? fakeClipboard().clipboard,
    admin: parts.admin,
    notes: parts.notes,
    // A test that navigates says where to; none may leave the page by accident.
    navigate:
      parts.navigate ??
      ((url) => {
        throw new Error(`unexpected navigation to ${url}`);
      }),
  });
  const view = render(<ServicesProvider services={services}>{element}</ServicesProvider>);
  return { ...view, services };
}
