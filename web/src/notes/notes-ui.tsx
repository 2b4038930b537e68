/** Small pieces the notes pages share: failures as alerts, loading text, status badges, the user's roles. */
import { useEffect, type ReactNode } from 'react';
import type { MeResponse, NoteStatus } from '../../../server/api-types.ts';
import type { ApiFailure } from '../api/client.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded, type Loaded } from '../app/use-loaded.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Alert } from '../ui/alert.tsx';
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
    <div role="alert">
      <Alert type="error" title={title ?? messages.notes.failure.title} level={level}>
        <p className="utrecht-paragraph">{failureText(failure, messages)}</p>
      </Alert>
    </div>
  );
}

export function Loading() {
  const messages = useMessages();
  return (
    <p className="utrecht-paragraph vraagbaak-progress" role="status">
      {messages.notes.loading}
    </p>
  );
}

export function StatusBadge({ status }: { status: NoteStatus }) {
  const messages = useMessages();
  return (
    <span className="vraagbaak-notes-badge" data-status={status}>
      {messages.notes.status[status]}
    </span>
  );
}

export function NeedsReviewBadge() {
  const messages = useMessages();
  return (
    <span className="vraagbaak-notes-badge vraagbaak-notes-badge--review">{messages.notes.needsReview}</span>
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
