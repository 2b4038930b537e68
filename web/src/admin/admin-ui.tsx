/** Small pieces every console page uses: a failure as an alert in the console's words, loading text. */
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

export function Loading() {
  return <LoadingStatus text={useMessages().admin.loading} />;
}
