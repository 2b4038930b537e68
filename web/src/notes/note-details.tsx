/** A note as a reader sees it: badges, the facts about it, its text, and the documents it links to. */
import type { NoteView } from '../../../server/api-types.ts';
import { documentViewUrl } from '../app/route.ts';
import { useMessages } from '../app/services.tsx';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { Alert } from '../ui/alert.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { notesUrls } from './notes-route.ts';
import { NeedsReviewBadge, StatusBadge } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';

function Row({ label, value }: { label: string; value: string | null }) {
  if (value === null || value === '') return null;
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
    </div>
  );
}

export function NoteDetails({ note }: { note: NoteView }) {
  const messages = useMessages();
  const words = messages.notes.note;
  const working = note.view === 'working';
  return (
    <>
      <p className="utrecht-paragraph vraagbaak-notes-status">
        <StatusBadge status={note.status} />
        {note.needsReview ? (
          <>
            {' '}
            <NeedsReviewBadge />
          </>
        ) : null}
      </p>
      {note.needsReview ? (
        <Alert type="warning" title={messages.notes.needsReview} level={2}>
          <p className="utrecht-paragraph">{messages.notes.needsReviewText}</p>
        </Alert>
      ) : null}
      {note.withdrawn ? (
        <Alert
          type="warning"
          title={words.withdrawn(formatDate(note.withdrawn.at, messages) ?? '')}
          level={2}
        >
          {note.withdrawn.reason ? (
            <p className="utrecht-paragraph">{words.withdrawnReason(note.withdrawn.reason)}</p>
          ) : null}
          {note.withdrawn.replacedBy ? (
            <p className="utrecht-paragraph">
              <TextLink href={notesUrls.note(note.withdrawn.replacedBy)}>{words.replacedBy}</TextLink>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {working && note.published?.hasUnpublishedChanges ? (
        <p className="utrecht-paragraph">
          {words.unpublishedChanges}{' '}
          <TextLink href={notesUrls.note(note.id, true)}>{words.showPublished}</TextLink>
        </p>
      ) : null}
      {working && note.knowledgeBase.error ? (
        <Alert type="error" title={words.indexError(note.knowledgeBase.error)} level={2} />
      ) : null}
      <h2 className="utrecht-heading-2 vraagbaak-visually-hidden">{words.details}</h2>
      <dl className="utrecht-data-list utrecht-data-list--rows vraagbaak-data-list">
        <Row label={words.published} value={note.published?.label ?? null} />
        <Row label={words.topic} value={note.topic?.name ?? null} />
        <Row label={words.author} value={note.authorName} />
        <Row label={words.reviewDate} value={formatDate(note.reviewDate, messages)} />
        <Row label={words.groups} value={note.accessGroups.join(', ')} />
        <Row label={words.approvedBy} value={note.published?.approvedByName ?? null} />
        <Row
          label={words.updated}
          value={
            working
              ? words.updatedBy(formatDateTime(note.updatedAt, messages) ?? '', note.updatedByName)
              : null
          }
        />
      </dl>
      {note.gapIds.length > 0 ? <p className="utrecht-paragraph">{words.gaps(note.gapIds.length)}</p> : null}
      <section aria-labelledby="notitie-tekst-kop" className="vraagbaak-notes-text">
        <h2 id="notitie-tekst-kop" className="utrecht-heading-2">
          {words.text}
        </h2>
        <MarkdownView markdown={note.body} />
      </section>
      {note.relatedDocuments.length > 0 ? (
        <section aria-labelledby="notitie-documenten-kop">
          <h2 id="notitie-documenten-kop" className="utrecht-heading-2">
            {words.related}
          </h2>
          <ul className="utrecht-unordered-list">
            {note.relatedDocuments.map((document) => (
              <li key={document.id} className="utrecht-unordered-list__item">
                {document.available ? (
                  <TextLink href={documentViewUrl(document.id, null, null)}>{document.title}</TextLink>
                ) : (
                  document.title
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
