/**
 * The selected source: which document, where on the share, which page or section, how current, and the
 * quoted passage highlighted in its surrounding text, with links to open the document at that place.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { DocumentResponse } from '../../../server/contract/index.ts';
import { documentFileUrl } from '../api/client.ts';
import { documentViewUrl } from '../app/route.ts';
import { useChat, useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { findCitedSource, isCited, type CitedSource } from '../chat/citation-lookup.ts';
import { contextWindow, type ContextWindow } from '../chat/passage-context.ts';
import { formatDate, formatFormat, formatLocation, formatPlace } from '../i18n/format.ts';
import { notesUrls } from '../notes/notes-route.ts';
import type { Messages } from '../i18n/messages-nl.ts';
import { Button } from '../ui/button.tsx';
import { NewTabLink } from '../ui/external-link.tsx';
import { sourcePanelId } from './answer-text.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { contentLanguage } from '../i18n/content-language.ts';
import { DataList, DataRow } from '../ui/data-list.tsx';

const headingId = `${sourcePanelId}-kop`;

/** The highlight in document offsets: the exact quote when there is one, else the whole passage. */
export function highlightRange(source: CitedSource): { start: number; end: number } {
  return source.quote
    ? { start: source.quote.documentStart, end: source.quote.documentEnd }
    : { start: source.passage.start, end: source.passage.end };
}

function passageWindow(source: CitedSource, document: DocumentResponse | null): ContextWindow {
  const { passage, quote } = source;
  if (document && document.text.slice(passage.start, passage.end) === passage.text) {
    const range = highlightRange(source);
    // Enough text around the quote to judge it, not the whole chunk: the quote must be in view at once.
    return contextWindow(document.text, range.start, range.end, range, { contextChars: 200 });
  }
  // Without the document (still loading, or changed since): the passage itself, quote highlighted.
  const start = quote ? quote.chunkStart : 0;
  const end = quote ? quote.chunkEnd : passage.text.length;
  return contextWindow(passage.text, start, end, { start: 0, end: passage.text.length }, { contextChars: 0 });
}

function checkText(source: CitedSource, cited: boolean, messages: Messages): string {
  if (!cited) return messages.source.checkNotCited;
  if (source.check === 'supported') return messages.source.checkSupported;
  if (source.check === 'flagged')
    return source.flagReason
      ? `${messages.source.checkFlagged} ${source.flagReason}`
      : messages.source.checkFlagged;
  return messages.source.checkUnchecked;
}

function OpenLinks({ source }: { source: CitedSource }) {
  const messages = useMessages();
  const { passage } = source;
  // A knowledge note written by a colleague has no original file; it is read on its own page, as published.
  if (passage.note) {
    return (
      <ul className="vraagbaak-link-list">
        <li>
          <NewTabLink href={notesUrls.note(passage.note.noteId, true)}>{messages.source.openNote}</NewTabLink>
        </li>
      </ul>
    );
  }
  const textView = documentViewUrl(passage.documentId, highlightRange(source), passage.pageStart);
  if (passage.format === 'pdf') {
    return (
      <>
        <ul className="vraagbaak-link-list">
          <li>
            <NewTabLink href={documentFileUrl(passage.documentId, passage.pageStart)}>
              {messages.source.openPdf(passage.pageStart)}
            </NewTabLink>
          </li>
          <li>
            <NewTabLink href={textView}>{messages.source.openText}</NewTabLink>
          </li>
        </ul>
        <p className="utrecht-paragraph utrecht-paragraph--small">{messages.source.pdfNote}</p>
      </>
    );
  }
  return (
    <ul className="vraagbaak-link-list">
      <li>
        <NewTabLink href={textView}>{messages.source.openDocumentText}</NewTabLink>
      </li>
      <li>
        <NewTabLink href={documentFileUrl(passage.documentId)}>{messages.source.openOriginal}</NewTabLink>
      </li>
    </ul>
  );
}

function SourceDetails({ source, cited }: { source: CitedSource; cited: boolean }) {
  const messages = useMessages();
  const { documents } = useServices();
  const loaded = useLoaded(source.passage.documentId, documents);
  const document = loaded.state === 'ok' ? loaded.value : null;
  const { passage } = source;
  return (
    <>
      <p className="utrecht-paragraph vraagbaak-source-panel__title" lang={contentLanguage}>
        {passage.title}
      </p>
      <DataList>
        <DataRow label={messages.source.note}>{passage.note?.label ?? null}</DataRow>
        <DataRow label={messages.source.noteReview}>
          {passage.note?.needsReview ? messages.source.noteNeedsReview : null}
        </DataRow>
        <DataRow label={messages.source.location}>{passage.note ? null : formatLocation(passage)}</DataRow>
        <DataRow label={messages.source.place}>{formatPlace(passage, messages)}</DataRow>
        <DataRow label={messages.source.modified}>{formatDate(passage.modifiedAt, messages)}</DataRow>
        <DataRow label={messages.source.indexed}>
          {document ? formatDate(document.indexedAt, messages) : null}
        </DataRow>
        <DataRow label={messages.source.format}>{formatFormat(passage.format, messages)}</DataRow>
        <DataRow label={messages.source.check}>{checkText(source, cited, messages)}</DataRow>
        <DataRow label={messages.source.warnings}>
          {document && document.warnings.length > 0 ? document.warnings.join('; ') : null}
        </DataRow>
      </DataList>
      <h3 className="utrecht-heading-3">{messages.source.passage}</h3>
      <p className="utrecht-paragraph utrecht-paragraph--small">{messages.source.passageNote}</p>
      <blockquote className="utrecht-blockquote vraagbaak-passage" lang={contentLanguage}>
        <p className="utrecht-paragraph vraagbaak-passage__text">
          <HighlightedText window={passageWindow(source, document)} />
        </p>
      </blockquote>
      {loaded.state === 'loading' ? (
        <p className="utrecht-paragraph utrecht-paragraph--small">{messages.source.contextLoading}</p>
      ) : null}
      {loaded.state === 'failed' ? (
        <p className="utrecht-paragraph utrecht-paragraph--small">{messages.source.contextFailed}</p>
      ) : null}
      <OpenLinks source={source} />
    </>
  );
}

export function SourcePanel() {
  const messages = useMessages();
  const { chat } = useServices();
  const { turns, selection } = useChat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const turn = selection ? turns.find((candidate) => candidate.id === selection.turnId) : undefined;
  const source = turn && selection ? findCitedSource(turn, selection.number) : null;
  const cited = turn && selection ? isCited(turn, selection.number) : false;

  useEffect(() => {
    if (selection) headingRef.current?.focus();
  }, [selection]);

  const close = useCallback(() => {
    const returnTo = selection?.returnFocusTo;
    chat.select(null);
    if (returnTo) globalThis.document.getElementById(returnTo)?.focus();
  }, [chat, selection]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selection) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <aside
      id={sourcePanelId}
      className="vraagbaak-source-panel"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <h2 id={headingId} className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        {source ? messages.source.heading(source.number) : messages.source.region}
      </h2>
      {source ? (
        <>
          <SourceDetails source={source} cited={cited} />
          <div className="vraagbaak-actions">
            <Button onClick={close}>{messages.source.close}</Button>
          </div>
        </>
      ) : (
        <p className="utrecht-paragraph">{messages.source.empty}</p>
      )}
    </aside>
  );
}
