/** One question and its answer: states, text with citation markers, sources, and what to do with it. */
import type { Turn } from '../chat/chat-store.ts';
import { shownText } from '../chat/citation-lookup.ts';
import { useMessages } from '../app/services.tsx';
import { AnswerNotices } from './answer-notices.tsx';
import { AnswerText } from './answer-text.tsx';
import { CitedSources } from './cited-sources.tsx';
import { CopyButton } from './copy-button.tsx';
import { FeedbackForm } from './feedback-form.tsx';
import { ProvenancePanel } from './provenance-panel.tsx';

export function AnswerCard({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const text = shownText(turn);
  const pending = turn.phase === 'waiting' || turn.phase === 'streaming';
  const finished = turn.phase === 'done' || turn.phase === 'stopped';
  const questionId = `${turn.id}-vraag`;
  return (
    <article className="vraagbaak-turn" aria-labelledby={questionId}>
      <div className="vraagbaak-turn__question">
        <p className="vraagbaak-turn__label">{messages.conversation.question}</p>
        <h3 id={questionId} className="vraagbaak-turn__question-text" lang={turn.language}>
          {turn.question}
        </h3>
      </div>
      <div className="vraagbaak-turn__answer" aria-busy={pending}>
        <h4 className="vraagbaak-turn__label">{messages.conversation.answer}</h4>
        {turn.phase === 'waiting' ? (
          <p className="utrecht-paragraph vraagbaak-progress">{messages.conversation.waiting}</p>
        ) : null}
        {turn.phase === 'streaming' ? (
          <p className="utrecht-paragraph vraagbaak-progress">
            {text ? messages.conversation.preview : messages.conversation.streaming}
          </p>
        ) : null}
        <AnswerNotices turn={turn} />
        {/* "Ik weet het niet" and its reason are in the notice above; the text would repeat them. */}
        {text && turn.answer?.status !== 'dont-know' ? (
          <AnswerText turn={turn} text={text} language={turn.language} />
        ) : null}
        {turn.phase === 'done' ? <CitedSources turn={turn} /> : null}
        {finished && text ? (
          <div className="vraagbaak-turn__tools">
            <CopyButton turn={turn} />
            {turn.answer ? <FeedbackForm answerId={turn.answer.answerId} /> : null}
          </div>
        ) : null}
        {finished || turn.sources ? <ProvenancePanel turn={turn} /> : null}
      </div>
    </article>
  );
}
