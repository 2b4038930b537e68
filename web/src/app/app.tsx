/** The app shell: picks the page from the address, keeps `<html lang>` and the title in step. */
import { useEffect, useState } from 'react';
import { AdminPage } from '../admin/admin-page.tsx';
import { ChatPage } from '../components/chat-page.tsx';
import { DocumentPage } from '../components/document-page.tsx';
import { HelpPanel } from '../components/help-panel.tsx';
import { PageLayout } from '../components/page-layout.tsx';
import { NotesPage } from '../notes/notes-page.tsx';
import type { Route } from './route.ts';
import { useLanguage, useMessages } from './services.tsx';

export function App({ route }: { route: Route }) {
  const language = useLanguage();
  const messages = useMessages();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = language;
    // The document page names its document in the title once it has loaded.
    if (route.name === 'chat') document.title = messages.app.documentTitle;
  }, [language, messages, route.name]);

  return (
    <PageLayout helpOpen={helpOpen} onToggleHelp={() => setHelpOpen(!helpOpen)} section={route.name}>
      {helpOpen ? <HelpPanel onClose={() => setHelpOpen(false)} /> : null}
      {route.name === 'document' ? (
        <DocumentPage documentId={route.documentId} highlight={route.highlight} page={route.page} />
      ) : route.name === 'admin' ? (
        <AdminPage route={route.admin} />
      ) : route.name === 'notes' ? (
        <NotesPage route={route.notes} />
      ) : (
        <ChatPage />
      )}
    </PageLayout>
  );
}
