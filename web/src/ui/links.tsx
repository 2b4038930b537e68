/** NL Design System links (Utrecht CSS): a plain text link, and a link that looks like a button. */
import type { ReactNode } from 'react';

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="utrecht-link utrecht-link--html-a" href={href}>
      {children}
    </a>
  );
}

export function ButtonLink({
  href,
  children,
  appearance = 'secondary-action',
}: {
  href: string;
  children: ReactNode;
  appearance?: 'primary-action' | 'secondary-action';
}) {
  return (
    <a
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}`}
      href={href}
    >
      {children}
    </a>
  );
}
