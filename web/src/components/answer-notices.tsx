/** The states a reader must know about before trusting an answer: how it was made, and what went wrong. */
import type { Turn } from '../chat/chat-store.ts';
import { useLanguage, useMessages, useServices } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { contentLanguage } from '../i18n/content-language.ts';

function FailureNotice({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const language = useLanguage();
  const { chat } = useServices();
  const failure = turn.failure;
  if (!failure || failure.kind === 'aborted') return null;
  let title = messages.notices.httpTitle;
  let text: string = messages.notices.network;
  if (failure.kind === 'network') title = messages.notices.networkTitle;
  else if (failure.kind === 'incomplete') {
    title = messages.notices.incompleteTitle;
    text = messages.notices.incomplete;
  } else text = failure.message ?? messages.notices.http(failure.status);
  // A question the server rejected (too short, too long) would fail again unchanged.
  const retryable = failure.kind !== 'http' || failure.status >= 500;
  return (
    <Alert type="error" title={title} level={5}>
      <p className="utrecht-paragraph">{text}</p>
      {retryable ? (
        <div className="vraagbaak-actions">
          <Button appearance="secondary-action" onClick={() => void chat.ask(turn.question, language)}>
            {messages.notices.retry}
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}

export function AnswerNotices({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const status = turn.answer?.status;
  const sources = turn.sources;
  return (
    <>
      {sources?.retrievalMode === 'lexical' ? (
        <Alert type="info" title={messages.notices.lexicalTitle} level={5}>
          <p className="utrecht-paragraph">{messages.notices.lexical}</p>
          {sources.lexicalReason ? (
            <details className="vraagbaak-details">
              <summary>{messages.notices.lexicalWhy}</summary>
              <p className="utrecht-paragraph utrecht-paragraph--small" lang={contentLanguage}>
                {sources.lexicalReason}
              </p>
            </details>
          ) : null}
        </Alert>
      ) : null}
      {turn.modelError || status === 'fallback' ? (
        <Alert type="warning" title={messages.notices.fallbackTitle} level={5}>
          <p className="utrecht-paragraph">{messages.notices.fallback}</p>
          {turn.modelError ? (
            <p className="utrecht-paragraph utrecht-paragraph--small">
              {messages.notices.fallbackDetail}: <span lang={contentLanguage}>{turn.modelError.message}</span>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {status === 'dont-know' ? (
        <Alert type="warning" title={messages.notices.dontKnowTitle} level={5}>
          {turn.answer?.dontKnowReason ? (
            <p className="utrecht-paragraph">{messages.notices.dontKnowReason(turn.answer.dontKnowReason)}</p>
          ) : null}
          <p className="utrecht-paragraph vraagbaak-alert__subtitle">{messages.notices.dontKnowTryTitle}</p>
          <ul className="utrecht-unordered-list">
            {messages.notices.dontKnowTry.map((tip) => (
              <li className="utrecht-unordered-list__item" key={tip}>
                {tip}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {turn.phase === 'stopped' ? (
        <Alert type="info" title={messages.notices.stoppedTitle} level={5}>
          <p className="utrecht-paragraph">{messages.notices.stopped}</p>
        </Alert>
      ) : null}
      <FailureNotice turn={turn} />
    </>
  );
}
