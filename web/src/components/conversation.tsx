/** The questions and answers of this visit, oldest first; kept while the page is open. */
import { useEffect, useRef } from 'react';
import { useChat, useMessages } from '../app/services.tsx';
import { AnswerCard } from './answer-card.tsx';

export function Conversation() {
  const messages = useMessages();
  const { turns } = useChat();
  const lastRef = useRef<HTMLLIElement>(null);
  const count = turns.length;

  // A new question: bring it into view, without moving keyboard focus away from the question box.
  useEffect(() => {
    if (count > 0) lastRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  return (
    <section className="vraagbaak-conversation" aria-labelledby="gesprek-kop">
      <h2 id="gesprek-kop" className="vraagbaak-visually-hidden">
        {messages.conversation.heading}
      </h2>
      {count === 0 ? (
        <p className="utrecht-paragraph vraagbaak-conversation__empty">{messages.conversation.empty}</p>
      ) : (
        <ol className="vraagbaak-conversation__list">
          {turns.map((turn, index) => (
            <li key={turn.id} ref={index === count - 1 ? lastRef : undefined}>
              <AnswerCard turn={turn} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
