/** The console's own menu: overview, sources, jobs, index; the current one marked for screen readers. */
import { useMessages } from '../app/services.tsx';
import { SectionNav } from '../ui/section-nav.tsx';
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
    <SectionNav
      label={messages.admin.nav.label}
      items={items.map((item) => ({
        href: item.href,
        label: messages.admin.nav[item.section],
        current: item.section === current ? (exact ? 'page' : 'true') : undefined,
      }))}
    />
  );
}
