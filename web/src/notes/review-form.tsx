/**
 * Reviewing a note that is offered for review: a comment, a request for changes, or approval (which
 * publishes it). When the user may not approve (they wrote part of it: the four-eyes rule), the server's
 * reason is shown instead of the button.
 */
import { useState } from 'react';
import type { NoteView, ReviewDecision } from '../../../server/contract/index.ts';
import { Field, TextField } from '../ui/form-field.tsx';
import { useMessages } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import type { DisplayName } from './display-name.ts';

export function ReviewForm({
  note,
  busy,
  commentMissing,
  displayName,
  onReview,
}: {
  note: NoteView;
  busy: boolean;
  commentMissing: boolean;
  displayName: DisplayName;
  onReview: (decision: ReviewDecision, comment: string) => Promise<boolean>;
}) {
  const messages = useMessages();
  const words = messages.notes.review;
  const [comment, setComment] = useState('');
  const [name, setName] = useState(() => displayName.get());
  const { permissions } = note;

  const review = async (decision: ReviewDecision) => {
    if (name.trim()) displayName.set(name);
    if (await onReview(decision, comment)) setComment('');
  };

  return (
    <section aria-labelledby="beoordelen-kop" className="vraagbaak-notes-review">
      <h2 id="beoordelen-kop" className="utrecht-heading-2">
        {words.heading}
      </h2>
      <p className="utrecht-paragraph">{words.intro}</p>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <Field
          id="beoordeling-opmerking"
          kind="textarea"
          label={words.comment}
          hint={words.commentHint}
          errors={commentMissing ? [words.commentRequired] : []}
        >
          {(control) => (
            <textarea
              {...control}
              className={`utrecht-textarea utrecht-textarea--html-textarea vraagbaak-textarea--small${commentMissing ? ' utrecht-textarea--invalid' : ''}`}
              rows={4}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          )}
        </Field>
        <TextField
          id="beoordeling-naam"
          label={words.reviewerName}
          hint={words.reviewerNameHint}
          errors={[]}
          autoComplete="name"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="utrecht-button-group vraagbaak-actions">
          {permissions.approve ? (
            <Button appearance="primary-action" disabled={busy} onClick={() => void review('approved')}>
              {words.approve}
            </Button>
          ) : null}
          <Button
            appearance="secondary-action"
            disabled={busy}
            onClick={() => void review('changes-requested')}
          >
            {words.requestChanges}
          </Button>
          <Button appearance="secondary-action" disabled={busy} onClick={() => void review('comment')}>
            {words.addComment}
          </Button>
        </div>
      </form>
      {!permissions.approve && permissions.approveRefusal ? (
        <Alert type="info" title={words.cannotApprove} level={3}>
          <p className="utrecht-paragraph">{permissions.approveRefusal}</p>
        </Alert>
      ) : null}
    </section>
  );
}
