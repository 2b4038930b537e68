/** The question box with send and stop. Enter sends; Shift+Enter adds a line. */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useChat, useLanguage, useMessages, useServices } from '../app/services.tsx';
import { Button } from '../ui/button.tsx';

export const questionFieldId = 'vraag';

export function QuestionForm() {
  const messages = useMessages();
  const language = useLanguage();
  const { chat } = useServices();
  const { busy } = useChat();
  const [question, setQuestion] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const errorId = useId();

  // The stop button disappears when the answer ends; do not leave keyboard focus on nothing.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy && document.activeElement === document.body) fieldRef.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  const send = () => {
    if (busy) return;
    if (question.trim().length < 2) {
      setTooShort(true);
      fieldRef.current?.focus();
      return;
    }
    setTooShort(false);
    setQuestion('');
    void chat.ask(question, language);
    // The send button is disabled while the answer comes in; keep focus where the next question goes.
    fieldRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  const stop = () => {
    chat.stop();
    fieldRef.current?.focus();
  };

  return (
    <form className="vraagbaak-question-form" onSubmit={onSubmit} noValidate>
      <div
        className={`utrecht-form-field utrecht-form-field--textarea${tooShort ? ' utrecht-form-field--invalid' : ''}`}
      >
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label vraagbaak-question-form__label" htmlFor={questionFieldId}>
            {messages.form.label}
          </label>
        </div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
          {messages.form.hint}
        </div>
        {tooShort ? (
          <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
            {messages.form.tooShort}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <textarea
            id={questionFieldId}
            ref={fieldRef}
            className={`utrecht-textarea utrecht-textarea--html-textarea vraagbaak-question-form__field${tooShort ? ' utrecht-textarea--invalid' : ''}`}
            rows={3}
            maxLength={2000}
            aria-describedby={tooShort ? `${hintId} ${errorId}` : hintId}
            aria-invalid={tooShort || undefined}
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <div className="utrecht-button-group vraagbaak-actions">
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {messages.form.send}
        </Button>
        {busy ? (
          <Button appearance="secondary-action" onClick={stop}>
            {messages.form.stop}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
