/** Records as the API shows them, per caller: permissions, "by you", the published or the working copy. */
import type { User } from '../http/types.ts';
import type {
  NoteCitation,
  NotePermissions,
  NoteSummary,
  NoteView,
  RevisionSummary,
  RevisionView,
  ReviewView,
  TopicView,
} from '../contract/note-views.ts';
import { citationLabel, needsReview } from './citation.ts';
import { noteDocumentId } from './knowledge-base.ts';
import { approvalRefusal, isExpert, isTopicOwner, mayEdit } from './permissions.ts';
import type { NoteRecord, RelatedDocument, ReviewRecord, RevisionRecord, TopicRecord } from './types.ts';

/** Everything one note's view is built from, loaded by the caller. */
export interface NoteParts {
  note: NoteRecord;
  topic: TopicRecord | null;
  /** The revision that is in the knowledge base, when one is. */
  published: RevisionRecord | null;
  today: string;
}

export function topicView(topic: TopicRecord, user: User): TopicView {
  return {
    id: topic.id,
    name: topic.name,
    ownerName: topic.ownerName,
    isOwner: isTopicOwner(topic, user),
    accessGroups: topic.accessGroups,
  };
}

const publishedLabel = (parts: NoteParts): string | null =>
  parts.published && parts.note.publishedAt
    ? citationLabel(parts.published.authorName, parts.note.publishedAt)
    : null;

/** `view` `published`: what a reader outside the experts sees, the published version only. */
export function noteSummary(parts: NoteParts, user: User, view: 'working' | 'published'): NoteSummary {
  const { note, topic, published } = parts;
  const shown = view === 'published' && published ? published : note;
  const label = publishedLabel(parts);
  return {
    id: note.id,
    status: view === 'published' ? 'published' : note.status,
    version: note.version,
    title: shown.title,
    topic: topic ? { id: topic.id, name: topic.name } : null,
    authorName: shown.authorName,
    reviewDate: shown.reviewDate,
    needsReview: published !== null && needsReview(published.reviewDate, parts.today),
    origin: note.origin,
    updatedAt: (view === 'published' && published ? published.savedAt : note.updatedAt).toISOString(),
    updatedByName: view === 'published' ? null : note.updatedByName,
    published:
      published && note.publishedAt && label
        ? { version: published.version ?? 0, publishedAt: note.publishedAt.toISOString(), label }
        : null,
    mine: note.createdBy === user.pseudonym,
  };
}

export function permissionsFor(
  parts: NoteParts,
  user: User,
  view: 'working' | 'published',
  contributors: ReadonlySet<string>,
): NotePermissions {
  const none = {
    edit: false,
    submit: false,
    review: false,
    approve: false,
    approveRefusal: null,
    withdraw: false,
  };
  if (view === 'published') return none;
  const { note, topic } = parts;
  const reviewer = isExpert(user) || isTopicOwner(topic, user);
  const edit = mayEdit(note, user, topic);
  const refusal = note.status === 'in-review' ? approvalRefusal(user, topic, contributors) : null;
  return {
    edit,
    submit: edit && (note.status === 'draft' || note.status === 'changes-requested'),
    review: reviewer && note.status === 'in-review',
    approve: note.status === 'in-review' && refusal === null,
    approveRefusal: note.status === 'in-review' ? refusal : 'De notitie is niet ter beoordeling aangeboden.',
    withdraw: (reviewer || note.createdBy === user.pseudonym) && note.status !== 'withdrawn',
  };
}

export function reviewView(review: ReviewRecord, user: User): ReviewView {
  return {
    id: review.id,
    version: review.version,
    reviewerName: review.reviewerName,
    byYou: review.reviewer === user.pseudonym,
    decision: review.decision,
    comment: review.comment,
    createdAt: review.createdAt.toISOString(),
  };
}

export interface NoteDetailParts extends NoteParts {
  reviews: ReviewRecord[];
  contributors: ReadonlySet<string>;
  relatedAvailable: ReadonlySet<string>;
  gapIds: string[];
}

export function noteView(parts: NoteDetailParts, user: User, view: 'working' | 'published'): NoteView {
  const { note, published } = parts;
  const shown = view === 'published' && published ? published : note;
  const summary = noteSummary(parts, user, view);
  // A linked document the caller may not read shows no title (titles say things too); readers do not see it.
  const related = (documents: RelatedDocument[]) =>
    documents
      .map((document) =>
        parts.relatedAvailable.has(document.id)
          ? { ...document, available: true }
          : { id: document.id, title: 'Niet beschikbaar of geen toegang', available: false },
      )
      .filter((document) => document.available || view === 'working');
  return {
    ...summary,
    body: shown.body,
    accessGroups: shown.accessGroups,
    relatedDocuments: related(shown.relatedDocuments),
    createdAt: note.createdAt.toISOString(),
    view,
    published:
      summary.published && published
        ? {
            ...summary.published,
            approvedByName: note.approvedByName,
            documentId: noteDocumentId(note.id),
            hasUnpublishedChanges: note.status !== 'published',
          }
        : null,
    withdrawn:
      note.withdrawnAt && view === 'working'
        ? { at: note.withdrawnAt.toISOString(), reason: note.withdrawnReason, replacedBy: note.replacedBy }
        : null,
    knowledgeBase: { indexed: published !== null && note.indexError === null, error: note.indexError },
    reviews: view === 'working' ? parts.reviews.map((review) => reviewView(review, user)) : [],
    permissions: permissionsFor(parts, user, view, parts.contributors),
    gapIds: view === 'working' ? parts.gapIds : [],
  };
}

export function revisionSummary(revision: RevisionRecord, user: User): RevisionSummary {
  return {
    id: revision.id,
    version: revision.version,
    basedOnVersion: revision.basedOnVersion,
    action: revision.action,
    status: revision.status,
    changedFields: revision.changedFields,
    savedByName: revision.savedByName,
    savedBy: revision.savedBy,
    byYou: revision.savedBy === user.pseudonym,
    savedAt: revision.savedAt.toISOString(),
    comment: revision.comment,
  };
}

export function revisionView(revision: RevisionRecord, user: User): RevisionView {
  return {
    ...revisionSummary(revision, user),
    title: revision.title,
    body: revision.body,
    topicId: revision.topicId,
    authorName: revision.authorName,
    reviewDate: revision.reviewDate,
    accessGroups: revision.accessGroups,
    relatedDocuments: revision.relatedDocuments,
  };
}

export function noteCitation(
  note: NoteRecord,
  published: RevisionRecord,
  today: string,
): NoteCitation | null {
  if (!note.publishedAt) return null;
  return {
    noteId: note.id,
    label: citationLabel(published.authorName, note.publishedAt),
    authorName: published.authorName,
    publishedAt: note.publishedAt.toISOString(),
    reviewDate: published.reviewDate,
    needsReview: needsReview(published.reviewDate, today),
    url: `/api/notes/${note.id}?version=published`,
  };
}
