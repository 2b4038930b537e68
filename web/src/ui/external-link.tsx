/** A link that opens in a new tab and says so, also to screen readers (WCAG 3.2.5). */
import type { ReactNode } from 'react';
import { useMessages } from '../app/services.tsx';

export function NewTabLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const messages = useMessages();
  return (
    <a
      className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children} <span className="vraagbaak-new-tab">{messages.source.newTab}</span>
    </a>
  );
}
