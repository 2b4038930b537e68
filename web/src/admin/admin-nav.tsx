/** The console's own menu: overview, sources, jobs, index; the current one marked for screen readers. */
import { useMessages } from '../app/services.tsx';
import { adminUrls, type AdminSection } from './admin-route.ts';

const items: { section: AdminSection; href: string }[] = [
  { section: 'overview', href: adminUrls.overview },
  { section: 'sources', href: adminUrls.sources() },
  { section: 'jobs', href: adminUrls.jobs() },
  { section: 'index', href: adminUrls.index },
];

export function AdminNav({ current, exact }: { current: AdminSection | null; exact: boolean }) {
  const messages = useMessages();
  return (
    <nav className="vraagbaak-admin-nav" aria-label={messages.admin.nav.label}>
      <ul className="vraagbaak-admin-nav__list">
        {items.map((item) => (
          <li key={item.section}>
            <a
              className="vraagbaak-admin-nav__link"
              href={item.href}
              // `page` on the section's own page, `true` on a page inside it (a job, a source form).
              aria-current={item.section === current ? (exact ? 'page' : 'true') : undefined}
            >
              {messages.admin.nav[item.section]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
