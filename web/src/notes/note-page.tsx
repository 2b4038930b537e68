/**
 * One note: read it, and (for experts) submit, review, edit or withdraw it, and read what reviewers said.
 * Staff see the published version only; it is where a citation "Ervaringskennis — …" in an answer leads.
 * After each step focus goes to the message that says what happened, since the button may be gone.
 */
import { useEffect, useRef, useState } from 'react';
import type { NoteView } from '../../../server/contract/index.ts';
import { ConfirmDialog } from '../admin/confirm-dialog.tsx';
import { useStore } from '../admin/store.ts';
import { useMessages, useServices } from '../app/services.tsx';
import { formatDateTime } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Field } from '../ui/form-field.tsx';
import { nameToSend, type DisplayName } from './display-name.ts';
import { createNoteActionsStore, type NoteNotice } from './note-actions-store.ts';
import { NoteDetails } from './note-details.tsx';
import { notesUrls } from './notes-route.ts';
import { FailureAlert, failureText, isExpert, Loading, useMe, useNotesTitle } from './notes-ui.tsx';
import { ButtonLink, TextLink } from '../ui/links.tsx';
import { ReviewForm } from './review-form.tsx';

function noticeText(notice: NoteNotice, messages: Messages): string {
  switch (notice.kind) {
    case 'submitted':
      return messages.notes.note.submitted;
    case 'reviewed':
      return messages.notes.review.done[notice.decision];
    case 'withdrawn':
      return messages.notes.note.withdrawnNotice;
  }
}

function Reviews({ note }: { note: NoteView }) {
  const messages = useMessages();
  const words = messages.notes.review;
  if (note.view !== 'working') return null;
  return (
    <section aria-labelledby="beoordelingen-kop">
      <h2 id="beoordelingen-kop" className="utrecht-heading-2">
        {words.listHeading}
      </h2>
      {note.reviews.length === 0 ? (
        <p className="utrecht-paragraph">{words.none}</p>
      ) : (
        <ol className="vraagbaak-notes-reviews">
          {[...note.reviews].reverse().map((review) => (
            <li key={review.id} className="vraagbaak-notes-reviews__item" data-decision={review.decision}>
              <p className="utrecht-paragraph vraagbaak-notes-reviews__meta">
                {words.entry(
                  words.decision[review.decision],
                  words.by(review.reviewerName, review.byYou),
                  formatDateTime(review.createdAt, messages) ?? '',
                  review.version,
                )}
              </p>
              {review.comment ? (
                <p className="utrecht-paragraph vraagbaak-notes-plain">{review.comment}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function NotePage({
  noteId,
  published,
  displayName,
}: {
  noteId: string;
  published: boolean;
  displayName: DisplayName;
}) {
  const messages = useMessages();
  const words = messages.notes.note;
  const { notes } = useServices();
  const [store] = useState(() =>
    createNoteActionsStore({
      client: notes,
      noteId,
      published,
      name: () => nameToSend(displayName.get()),
    }),
  );
  const { note, busy, notice, refusal, commentMissing } = useStore(store);
  const [withdrawing, setWithdrawing] = useState<{ trigger: HTMLButtonElement } | null>(null);
  const [reason, setReason] = useState('');
  const noticeRef = useRef<HTMLDivElement>(null);
  const me = useMe();
  const expert = me.state === 'ok' && isExpert(me.value);

  useEffect(() => {
    void store.load();
  }, [store]);
  useEffect(() => {
    if (notice || refusal) noticeRef.current?.focus();
  }, [notice, refusal]);
  useNotesTitle(note.state === 'ok' ? note.value.title : messages.notes.nav.label);

  if (note.state === 'loading') return <Loading />;
  if (note.state === 'failed') {
    return (
      <>
        <h1 className="utrecht-heading-1">{messages.notes.nav.label}</h1>
        <FailureAlert failure={note.failure} />
      </>
    );
  }
  const current = note.value;
  const { permissions } = current;
  const working = current.view === 'working';

  return (
    <article className="vraagbaak-notes-note" aria-labelledby="notitie-kop">
      <h1 id="notitie-kop" className="utrecht-heading-1">
        {current.title}
      </h1>
      <div ref={noticeRef} tabIndex={-1} className="vraagbaak-notes-notice" role="status">
        {notice ? <Alert type="ok" title={noticeText(notice, messages)} level={2} /> : null}
        {refusal ? (
          <Alert type="error" title={messages.notes.failure.title} level={2}>
            <p className="utrecht-paragraph">{failureText(refusal, messages)}</p>
          </Alert>
        ) : null}
      </div>
      {current.view === 'published' || published ? (
        <p className="utrecht-paragraph">
          {words.publishedVersion}{' '}
          {published && expert ? (
            <TextLink href={notesUrls.note(current.id)}>{words.workingVersion}</TextLink>
          ) : null}
        </p>
      ) : null}
      <NoteDetails note={current} />
      {working ? (
        <section aria-labelledby="acties-kop">
          <h2 id="acties-kop" className="utrecht-heading-2">
            {words.actions}
          </h2>
          <div className="utrecht-button-group vraagbaak-actions">
            {permissions.submit ? (
              <Button
                appearance="primary-action"
                disabled={busy !== null}
                onClick={() => void store.submit()}
              >
                {words.submit}
              </Button>
            ) : null}
            {permissions.edit ? (
              <ButtonLink href={notesUrls.edit(current.id)}>{words.edit}</ButtonLink>
            ) : null}
            <ButtonLink href={notesUrls.history(current.id)}>{words.history}</ButtonLink>
            {permissions.withdraw ? (
              <Button
                appearance="secondary-action"
                disabled={busy !== null}
                onClick={(event) => setWithdrawing({ trigger: event.currentTarget })}
              >
                {words.withdraw}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
      {permissions.review ? (
        <ReviewForm
          note={current}
          busy={busy !== null}
          commentMissing={commentMissing}
          displayName={displayName}
          onReview={(decision, comment) => store.review(decision, comment)}
        />
      ) : null}
      <Reviews note={current} />
      {withdrawing ? (
        <ConfirmDialog
          title={words.withdrawTitle}
          confirm={words.withdrawConfirm}
          cancel={words.cancel}
          busy={busy === 'withdraw'}
          onConfirm={() =>
            void store.withdraw(reason).then(() => {
              setWithdrawing(null);
              setReason('');
            })
          }
          onClose={() => {
            const { trigger } = withdrawing;
            setWithdrawing(null);
            trigger.focus();
          }}
        >
          <p className="utrecht-paragraph">{words.withdrawText}</p>
          <Field id="intrekken-reden" kind="textarea" label={words.withdrawReason} errors={[]}>
            {(control) => (
              <textarea
                {...control}
                className="utrecht-textarea utrecht-textarea--html-textarea vraagbaak-textarea--small"
                rows={3}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
