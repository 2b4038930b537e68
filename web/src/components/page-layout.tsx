/** Skip link, header with menu and language switch, main, footer: the same frame on every page. */
import type { ReactNode } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { adminUrls } from '../admin/admin-route.ts';
import { formatDateTime } from '../i18n/format.ts';
import { notesUrls } from '../notes/notes-route.ts';
import { helpPanelId } from './help-panel.tsx';
import { LanguageSwitch } from './language-switch.tsx';

export const mainId = 'inhoud';

function Footer() {
  const messages = useMessages();
  const { health } = useServices();
  const loaded = useLoaded('health', health);
  const updated = loaded.state === 'ok' ? formatDateTime(loaded.value.index.updatedAt, messages) : null;
  return (
    <footer className="utrecht-page-footer vraagbaak-footer">
      <div className="utrecht-page-footer__content vraagbaak-footer__content">
        <p className="utrecht-paragraph">{messages.app.footer}</p>
        {updated ? <p className="utrecht-paragraph">{messages.app.indexUpdated(updated)}</p> : null}
      </div>
    </footer>
  );
}

/** "Beheer" in the menu, only for admins: others would only meet a refusal there. */
function AdminLink({ current }: { current: boolean }) {
  const messages = useMessages();
  const { me } = useServices();
  const loaded = useLoaded('me', me);
  if (loaded.state !== 'ok' || !loaded.value.admin) return null;
  return (
    <li>
      <a
        className="vraagbaak-nav__link"
        href={adminUrls.overview}
        aria-current={current ? 'page' : undefined}
      >
        {messages.admin.nav.link}
      </a>
    </li>
  );
}

export function PageLayout({
  children,
  helpOpen,
  onToggleHelp,
  section,
}: {
  children: ReactNode;
  helpOpen: boolean;
  onToggleHelp: () => void;
  /** The part of the app the page belongs to, marked in the menu. */
  section?: 'chat' | 'document' | 'admin' | 'notes';
}) {
  const messages = useMessages();
  return (
    <div className="vraagbaak-page">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus vraagbaak-skip-link"
        href={`#${mainId}`}
      >
        {messages.app.skipLink}
      </a>
      <header className="utrecht-page-header vraagbaak-header">
        <div className="utrecht-page-header__content vraagbaak-header__content">
          <a className="vraagbaak-brand" href="/">
            <span className="vraagbaak-brand__name">{messages.app.name}</span>
            <span className="vraagbaak-brand__tagline">{messages.app.tagline}</span>
          </a>
          <nav className="vraagbaak-nav" aria-label={messages.app.navigation}>
            <ul className="vraagbaak-nav__list">
              <li>
                <a
                  className="vraagbaak-nav__link"
                  href="/"
                  aria-current={section === 'chat' ? 'page' : undefined}
                >
                  {messages.app.chatLink}
                </a>
              </li>
              <li>
                <a
                  className="vraagbaak-nav__link"
                  href={notesUrls.list()}
                  aria-current={section === 'notes' ? 'page' : undefined}
                >
                  {messages.notes.nav.link}
                </a>
              </li>
              <AdminLink current={section === 'admin'} />
              <li>
                <button
                  type="button"
                  className="vraagbaak-nav__link vraagbaak-nav__button"
                  aria-expanded={helpOpen}
                  aria-controls={helpOpen ? helpPanelId : undefined}
                  onClick={onToggleHelp}
                >
                  {messages.help.toggle}
                </button>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id={mainId} className="vraagbaak-main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </div>
  );
}
