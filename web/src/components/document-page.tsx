/**
 * A document's text as the index holds it, with the cited passage highlighted and in view. Opened from
 * the source panel in a new tab, so the conversation stays where it was.
 */
import { useEffect, useRef } from 'react';
import type { DocumentResponse } from '../../../server/contract/index.ts';
import { documentFileUrl } from '../api/client.ts';
import { useLanguage, useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { contextWindow } from '../chat/passage-context.ts';
import { formatDate, formatFormat } from '../i18n/format.ts';
import { Alert } from '../ui/alert.tsx';
import { NewTabLink } from '../ui/external-link.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { contentLanguage } from '../i18n/content-language.ts';
import { DataList, DataRow } from '../ui/data-list.tsx';

export interface DocumentPageProps {
  documentId: string;
  highlight: { start: number; end: number } | null;
  page: number | null;
}

export function DocumentText({
  document,
  highlight,
}: {
  document: DocumentResponse;
  highlight: { start: number; end: number } | null;
}) {
  const messages = useMessages();
  const language = useLanguage();
  const markRef = useRef<HTMLElement>(null);
  const valid = highlight !== null && highlight.end <= document.text.length;
  useEffect(() => {
    if (!valid) return;
    markRef.current?.scrollIntoView?.({ block: 'center' });
    markRef.current?.focus({ preventScroll: true });
  }, [valid]);
  if (!valid)
    return (
      <div className="vraagbaak-document-text" lang={contentLanguage}>
        {document.text}
      </div>
    );
  // The whole text: the window spans everything, so nothing is clipped.
  const window = contextWindow(document.text, highlight.start, highlight.end, highlight, {
    contextChars: document.text.length,
  });
  return (
    <div className="vraagbaak-document-text" lang={contentLanguage}>
      <HighlightedText
        window={window}
        markRef={markRef}
        markLabel={{
          start: messages.document.highlightStart,
          end: messages.document.highlightEnd,
          language,
        }}
      />
    </div>
  );
}

export function DocumentPage({ documentId, highlight, page }: DocumentPageProps) {
  const messages = useMessages();
  const { documents } = useServices();
  const loaded = useLoaded(documentId, documents);
  const title = loaded.state === 'ok' ? loaded.value.title : null;
  useEffect(() => {
    if (title) globalThis.document.title = `${title} – ${messages.app.name}`;
  }, [title, messages]);
  if (loaded.state === 'failed') {
    const failure = loaded.reason;
    const detail = failure.kind === 'http' ? failure.message : null;
    return (
      <div className="vraagbaak-document">
        <h1 className="utrecht-heading-1">{messages.document.failed}</h1>
        <Alert type="error" title={messages.document.failed} level={2}>
          <p className="utrecht-paragraph">{detail ?? messages.errors.network}</p>
        </Alert>
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href="/">
            {messages.document.backToChat}
          </a>
        </p>
      </div>
    );
  }
  if (loaded.state !== 'ok') {
    return (
      <div className="vraagbaak-document">
        <p className="utrecht-paragraph" role="status">
          {messages.document.loading}
        </p>
      </div>
    );
  }
  const document = loaded.value;
  const originalLabel =
    document.format === 'pdf' ? messages.document.openPdf(page) : messages.source.openOriginal;
  return (
    <div className="vraagbaak-document">
      <h1 className="utrecht-heading-1" lang={contentLanguage}>
        {document.title}
      </h1>
      <DataList>
        <DataRow label={messages.source.location}>{`${document.source}: ${document.relativePath}`}</DataRow>
        <DataRow label={messages.source.format}>{formatFormat(document.format, messages)}</DataRow>
        <DataRow label={messages.source.modified}>{formatDate(document.modifiedAt, messages)}</DataRow>
        <DataRow label={messages.source.indexed}>{formatDate(document.indexedAt, messages)}</DataRow>
        <DataRow label={messages.document.pageCount}>
          {document.pageCount > 0 ? String(document.pageCount) : null}
        </DataRow>
        <DataRow label={messages.source.warnings}>
          {document.warnings.length > 0 ? document.warnings.join('; ') : null}
        </DataRow>
      </DataList>
      <ul className="vraagbaak-link-list">
        <li>
          <NewTabLink href={documentFileUrl(document.id, document.format === 'pdf' ? page : null)}>
            {originalLabel}
          </NewTabLink>
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href="/">
            {messages.document.backToChat}
          </a>
        </li>
      </ul>
      <h2 className="utrecht-heading-2">{messages.document.text}</h2>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {messages.document.textNote} {highlight ? messages.document.highlightNote : ''}
      </p>
      <DocumentText document={document} highlight={highlight} />
    </div>
  );
}
