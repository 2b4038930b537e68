/** A note as a reader sees it: badges, the facts about it, its text, and the documents it links to. */
import type { NoteView } from '../../../server/contract/index.ts';
import { documentViewUrl } from '../app/route.ts';
import { useMessages } from '../app/services.tsx';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { Alert } from '../ui/alert.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { notesUrls } from './notes-route.ts';
import { NoteBadges } from './notes-ui.tsx';
import { TextLink } from '../ui/links.tsx';
import { DataList, DataRow } from '../ui/data-list.tsx';

export function NoteDetails({ note }: { note: NoteView }) {
  const messages = useMessages();
  const words = messages.notes.note;
  const working = note.view === 'working';
  return (
    <>
      <p className="utrecht-paragraph vraagbaak-notes-status">
        <NoteBadges status={note.status} needsReview={note.needsReview} />
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
      <DataList>
        <DataRow label={words.published}>{note.published?.label ?? null}</DataRow>
        <DataRow label={words.topic}>{note.topic?.name ?? null}</DataRow>
        <DataRow label={words.author}>{note.authorName}</DataRow>
        <DataRow label={words.reviewDate}>{formatDate(note.reviewDate, messages)}</DataRow>
        <DataRow label={words.groups}>{note.accessGroups.join(', ')}</DataRow>
        <DataRow label={words.approvedBy}>{note.published?.approvedByName ?? null}</DataRow>
        <DataRow label={words.updated}>
          {working
            ? words.updatedBy(formatDateTime(note.updatedAt, messages) ?? '', note.updatedByName)
            : null}
        </DataRow>
      </DataList>
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
