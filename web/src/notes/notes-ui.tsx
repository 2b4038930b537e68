/** Small pieces the notes pages share: failures as alerts, loading text, status badges, the user's roles. */
import { useEffect } from 'react';
import type { MeResponse } from '../../../server/contract/index.ts';
import type { NoteStatus } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded, type Loaded } from '../app/use-loaded.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { ErrorAlert, LoadingStatus } from '../ui/alert.tsx';
import type { NoteFailure } from './notes-client.ts';

/** The server's own explanation where it gave one (written for the user), else a plain sentence. */
export function failureText(failure: ApiFailure | NoteFailure, messages: Messages): string {
  const words = messages.notes.failure;
  switch (failure.kind) {
    case 'conflict':
      return failure.message;
    case 'http':
      return failure.message ?? words.http(failure.status);
    case 'network':
    case 'aborted':
      return words.network;
  }
}

export function FailureAlert({
  failure,
  title,
  level = 2,
}: {
  failure: ApiFailure | NoteFailure;
  title?: string;
  level?: 2 | 3;
}) {
  const messages = useMessages();
  return (
    <ErrorAlert
      title={title ?? messages.notes.failure.title}
      text={failureText(failure, messages)}
      level={level}
    />
  );
}

export function Loading() {
  return <LoadingStatus text={useMessages().notes.loading} />;
}

export function StatusBadge({ status }: { status: NoteStatus }) {
  const messages = useMessages();
  return (
    <span className="vraagbaak-notes-badge" data-status={status}>
      {messages.notes.status[status]}
    </span>
  );
}

/** The note's status, and "Herziening nodig" after it when its review date has passed. */
export function NoteBadges({ status, needsReview }: { status: NoteStatus; needsReview: boolean }) {
  const messages = useMessages();
  return (
    <>
      <StatusBadge status={status} />
      {needsReview ? (
        <>
          {' '}
          <span className="vraagbaak-notes-badge vraagbaak-notes-badge--review">
            {messages.notes.needsReview}
          </span>
        </>
      ) : null}
    </>
  );
}

/** Experts write and review notes; beheerders may too. Everyone else reads published notes. */
export const isExpert = (me: MeResponse): boolean =>
  me.roles.includes('expert') || me.roles.includes('beheerder');

export function useMe(): Loaded<MeResponse, ApiFailure> {
  const { me } = useServices();
  return useLoaded('me', me);
}

/** "<page> – Kennisnotities – Vraagbaak" in the browser tab. */
export function useNotesTitle(page: string): void {
  const messages = useMessages();
  useEffect(() => {
    document.title = `${messages.notes.title(page)} – ${messages.app.name}`;
  }, [page, messages]);
}
