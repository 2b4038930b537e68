/** Helpful or not, with an optional reason; sent to POST /api/answers/:id/feedback. */
import { useId, useState, type FormEvent } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { Button } from '../ui/button.tsx';

type SendState =
  { state: 'editing' } | { state: 'sending' } | { state: 'sent' } | { state: 'failed'; message: string };

export function FeedbackForm({ answerId }: { answerId: string }) {
  const messages = useMessages();
  const { api } = useServices();
  const id = useId();
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [send, setSend] = useState<SendState>({ state: 'editing' });

  if (send.state === 'sent') {
    return (
      <p className="utrecht-paragraph vraagbaak-feedback__thanks" role="status">
        {messages.feedback.thanks}
      </p>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (helpful === null) return;
    setSend({ state: 'sending' });
    const trimmed = reason.trim();
    const result = await api.sendFeedback(answerId, { helpful, ...(trimmed ? { reason: trimmed } : {}) });
    if (result.ok) setSend({ state: 'sent' });
    else {
      const failure = result.reason;
      const message =
        failure.kind === 'http'
          ? (failure.message ?? messages.errors.http(failure.status))
          : messages.errors.network;
      setSend({ state: 'failed', message });
    }
  };

  return (
    <form className="vraagbaak-feedback" onSubmit={(event) => void submit(event)}>
      <div role="group" aria-labelledby={`${id}-vraag`} className="vraagbaak-feedback__choice">
        <span id={`${id}-vraag`} className="vraagbaak-feedback__question">
          {messages.feedback.question}
        </span>
        <Button aria-pressed={helpful === true} onClick={() => setHelpful(true)}>
          {messages.feedback.yes}
        </Button>
        <Button aria-pressed={helpful === false} onClick={() => setHelpful(false)}>
          {messages.feedback.no}
        </Button>
      </div>
      {helpful !== null ? (
        <div className="utrecht-form-field utrecht-form-field--textarea vraagbaak-feedback__reason">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={`${id}-reden`}>
              {helpful ? messages.feedback.reasonYes : messages.feedback.reasonNo}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <textarea
              id={`${id}-reden`}
              className="utrecht-textarea utrecht-textarea--html-textarea vraagbaak-textarea--small"
              maxLength={1000}
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="vraagbaak-actions">
            <Button type="submit" appearance="primary-action" disabled={send.state === 'sending'}>
              {messages.feedback.send}
            </Button>
          </div>
        </div>
      ) : null}
      {send.state === 'failed' ? (
        <p className="utrecht-paragraph vraagbaak-error-text" role="alert">
          {messages.feedback.failed(send.message)}
        </p>
      ) : null}
    </form>
  );
}
