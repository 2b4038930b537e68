/**
 * The one polite live region for the chat. It speaks when an answer starts and when it is complete, never
 * per streamed token, so a screen reader is not flooded while the text comes in.
 */
import { useEffect, useRef, useState } from 'react';
import type { Turn } from '../chat/chat-store.ts';
import { citedNumbers } from '../chat/answer-text.ts';
import { shownText } from '../chat/citation-lookup.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { useChat, useMessages } from '../app/services.tsx';

export const announcerId = 'chat-aankondiging';

export function announcement(turn: Turn, messages: Messages): string {
  switch (turn.phase) {
    case 'waiting':
    case 'streaming':
      return messages.announce.asked;
    case 'done':
      return turn.answer?.status === 'dont-know'
        ? messages.announce.dontKnow
        : messages.announce.ready(citedNumbers(shownText(turn)).length);
    case 'stopped':
      return messages.announce.stopped;
    case 'failed':
      return messages.announce.failed;
  }
}

export function ChatAnnouncer() {
  const messages = useMessages();
  const { turns } = useChat();
  const last = turns.at(-1);
  // 'waiting' and 'streaming' read the same; announce only when the spoken text would change.
  const key = last ? `${last.id}:${last.phase === 'streaming' ? 'waiting' : last.phase}` : '';
  const [text, setText] = useState('');
  const previousKey = useRef('');
  useEffect(() => {
    if (!last || key === previousKey.current) return;
    previousKey.current = key;
    setText(announcement(last, messages));
  }, [key, last, messages]);
  return (
    <div
      id={announcerId}
      className="vraagbaak-visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {text}
    </div>
  );
}
