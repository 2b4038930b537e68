/** Entry: builds the stores and the API client once, then renders the app. */
import '@utrecht/component-library-css/dist/index.css';
import './theme/vraagbaak-theme.css';
import './styles/app.css';
import './admin/admin.css';
import './notes/notes.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.ts';
import { App } from './app/app.tsx';
import { browserClipboard } from './app/clipboard.ts';
import { parseRoute } from './app/route.ts';
import { createServices, ServicesProvider } from './app/services.tsx';
import { createChatStore } from './chat/chat-store.ts';
import { streamChat } from './chat/sse-client.ts';
import { createLanguageStore } from './i18n/language-store.ts';

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

const services = createServices({
  chat: createChatStore({ transport: (body, options) => streamChat(body, options) }),
  // Dutch unless the reader chose English before: the organisation works in Dutch.
  language: createLanguageStore({ storage: localStorageOrNull(), fallback: 'nl' }),
  api: createApiClient(),
  clipboard: browserClipboard(),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App route={parseRoute(location.pathname, location.search)} />
    </ServicesProvider>
  </StrictMode>,
);
