/**
 * A row of links within a section (the admin console's menu, the notes' menu, tabs over a list), with the
 * current one marked for screen readers by aria-current and for the eye by an underline bar.
 */
export interface SectionNavItem {
  href: string;
  label: string;
  /** `page` on the item's own page, `true` on a page inside it (a job inside "Taken"). */
  current?: 'page' | 'true' | undefined;
}

export function SectionNav({
  label,
  items,
  tabs = false,
}: {
  label: string;
  items: SectionNavItem[];
  /** Tabs over a list: no rule under the row, less space around it. */
  tabs?: boolean;
}) {
  return (
    <nav
      className={tabs ? 'vraagbaak-section-nav vraagbaak-section-nav--tabs' : 'vraagbaak-section-nav'}
      aria-label={label}
    >
      <ul className="vraagbaak-section-nav__list">
        {items.map((item) => (
          <li key={item.href}>
            <a className="vraagbaak-section-nav__link" href={item.href} aria-current={item.current}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
