/** The sources an answer cites, listed under it: each opens in the source panel. */
import type { Turn } from '../chat/chat-store.ts';
import { citedNumbers } from '../chat/answer-text.ts';
import { findCitedSource, shownText } from '../chat/citation-lookup.ts';
import { formatPlace } from '../i18n/format.ts';
import { useChat, useMessages, useServices } from '../app/services.tsx';
import { sourcePanelId } from './answer-text.tsx';
import { contentLanguage } from '../i18n/content-language.ts';

export function CitedSources({ turn }: { turn: Turn }) {
  const messages = useMessages();
  const { chat } = useServices();
  const { selection } = useChat();
  const sources = citedNumbers(shownText(turn))
    .map((number) => findCitedSource(turn, number))
    .filter((source) => source !== null);
  if (sources.length === 0) return null;
  const headingId = `${turn.id}-bronnen`;
  return (
    <section className="vraagbaak-cited-sources" aria-labelledby={headingId}>
      <h5 id={headingId} className="vraagbaak-small-heading">
        {messages.conversation.sourcesHeading}
      </h5>
      <ul className="vraagbaak-cited-sources__list">
        {sources.map((source) => {
          const id = `${turn.id}-bronlijst-${source.number}`;
          const place = formatPlace(source.passage, messages);
          const selected = selection?.turnId === turn.id && selection.number === source.number;
          return (
            <li key={source.number}>
              <button
                type="button"
                id={id}
                className="vraagbaak-source-button"
                aria-controls={sourcePanelId}
                aria-current={selected ? 'true' : undefined}
                onClick={() => chat.select({ turnId: turn.id, number: source.number, returnFocusTo: id })}
              >
                <span className="vraagbaak-source-button__number">{`[${source.number}${source.check === 'flagged' ? '?' : ''}]`}</span>{' '}
                <span className="vraagbaak-source-button__title" lang={contentLanguage}>
                  {source.passage.title}
                </span>
                {place ? <span className="vraagbaak-source-button__place">{`, ${place}`}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
