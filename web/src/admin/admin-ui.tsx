/** Small pieces every console page uses: a failure as an alert in the console's words, a data list, loading text. */
import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/client.ts';
import { useMessages } from '../app/services.tsx';
import type { Messages } from '../i18n/messages-nl.ts';
import { ErrorAlert, LoadingStatus } from '../ui/alert.tsx';
import type { JobStreamFailure } from './job-events.ts';

/** The server's own explanation where it gave one (they are written for admins), else a plain sentence. */
export function failureText(failure: ApiFailure | JobStreamFailure, messages: Messages): string {
  const words = messages.admin.failure;
  switch (failure.kind) {
    case 'http':
      return failure.message ?? words.http(failure.status);
    case 'network':
      return words.network;
    case 'incomplete':
    case 'aborted':
      return words.incomplete;
  }
}

export function FailureAlert({
  failure,
  title,
  level = 2,
}: {
  failure: ApiFailure | JobStreamFailure;
  title?: string;
  level?: 2 | 3;
}) {
  const messages = useMessages();
  return (
    <ErrorAlert
      title={title ?? messages.admin.failure.title}
      text={failureText(failure, messages)}
      level={level}
    />
  );
}

export function DataList({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list utrecht-data-list--rows vraagbaak-data-list">{children}</dl>;
}

/** A row of a data list; left out when there is nothing to show. */
export function DataRow({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

export function Loading() {
  return <LoadingStatus text={useMessages().admin.loading} />;
}
