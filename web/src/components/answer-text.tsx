/**
 * Answer text as React text nodes, with citation markers as buttons. The text is never parsed as HTML or
 * Markdown, so whatever a model or a document wrote shows literally and cannot load or run anything.
 */
import { parseAnswerText } from '../chat/answer-text.ts';
import type { Turn } from '../chat/chat-store.ts';
import { findCitedSource } from '../chat/citation-lookup.ts';
import { contentLanguage } from '../i18n/content-language.ts';
import { formatPlace } from '../i18n/format.ts';
import { quotedParts } from '../chat/quoted-parts.ts';
import { useChat, useMessages, useServices } from '../app/services.tsx';

export const sourcePanelId = 'bronpaneel';

export function markerId(turnId: string, number: number, occurrence: number): string {
  return `${turnId}-bron-${number}-${occurrence}`;
}

export function CitationMarker({
  turn,
  number,
  flagged,
  occurrence,
}: {
  turn: Turn;
  number: number;
  flagged: boolean;
  occurrence: number;
}) {
  const messages = useMessages();
  const { chat } = useServices();
  const { selection } = useChat();
  const source = findCitedSource(turn, number);
  const isFlagged = flagged || source?.check === 'flagged';
  const selected = selection?.turnId === turn.id && selection.number === number;
  if (!source) return <span className="vraagbaak-marker-text">{`[${number}${flagged ? '?' : ''}]`}</span>;
  const place = formatPlace(source.passage, messages);
  const label = isFlagged
    ? messages.citation.markerFlagged(number, source.passage.title, place)
    : messages.citation.marker(number, source.passage.title, place);
  const classes = [
    'vraagbaak-marker',
    isFlagged && 'vraagbaak-marker--flagged',
    selected && 'vraagbaak-marker--selected',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      id={markerId(turn.id, number, occurrence)}
      className={classes}
      aria-label={label}
      aria-controls={sourcePanelId}
      aria-current={selected ? 'true' : undefined}
      onClick={() =>
        chat.select({ turnId: turn.id, number, returnFocusTo: markerId(turn.id, number, occurrence) })
      }
    >
      [{number}
      {isFlagged ? '?' : ''}]
    </button>
  );
}

/** Text with the verbatim quotes from the documents marked as the documents' language. */
function TextWithQuotes({ text, quotes }: { text: string; quotes: readonly string[] }) {
  if (quotes.length === 0) return <span>{text}</span>;
  return (
    <span>
      {quotedParts(text, quotes).map((part, index) =>
        part.quoted ? (
          <span key={index} lang={contentLanguage}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}

export function AnswerText({ turn, text, language }: { turn: Turn; text: string; language?: string }) {
  const occurrences = new Map<number, number>();
  // Quotes are known once the answer has ended; in a Dutch answer they need no marking.
  const quotes =
    language !== undefined && language !== contentLanguage
      ? (turn.answer?.quotes.map((quote) => quote.text) ?? [])
      : [];
  return (
    <p className="utrecht-paragraph vraagbaak-answer__text" lang={language}>
      {parseAnswerText(text).map((segment, index) => {
        if (segment.kind === 'text')
          return <TextWithQuotes key={index} text={segment.text} quotes={quotes} />;
        const occurrence = (occurrences.get(segment.number) ?? 0) + 1;
        occurrences.set(segment.number, occurrence);
        return (
          <CitationMarker
            key={index}
            turn={turn}
            number={segment.number}
            flagged={segment.flagged}
            occurrence={occurrence}
          />
        );
      })}
    </p>
  );
}
