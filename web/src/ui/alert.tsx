/** NL Design System alert (Utrecht CSS): a notice with a title and plain-language text. */
import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps {
  type: AlertType;
  title: string;
  children?: ReactNode;
  /** Heading level of the title inside the surrounding outline. */
  level?: 2 | 3 | 4 | 5;
  className?: string;
}

export function Alert({ type, title, children, level = 3, className }: AlertProps) {
  const Heading = `h${level}` as const;
  return (
    <div
      className={['utrecht-alert', `utrecht-alert--${type}`, 'vraagbaak-alert', className]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading className="vraagbaak-alert__title">{title}</Heading>
          {children}
        </div>
      </div>
    </div>
  );
}

/** A failure the page could not get past: announced at once (`role="alert"`), one plain sentence under a title. */
export function ErrorAlert({ title, text, level = 2 }: { title: string; text: string; level?: 2 | 3 }) {
  return (
    <div role="alert">
      <Alert type="error" title={title} level={level}>
        <p className="utrecht-paragraph">{text}</p>
      </Alert>
    </div>
  );
}

/** "Loading…" as a polite status, so a screen reader hears it without losing its place. */
export function LoadingStatus({ text }: { text: string }) {
  return (
    <p className="utrecht-paragraph vraagbaak-progress" role="status">
      {text}
    </p>
  );
}
