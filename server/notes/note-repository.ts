/**
 * SQL for notes, their revisions and reviews. Synchronous (better-sqlite3): a check and the write it guards run
 * inside one transaction with nothing interleaved, which is what the optimistic version check relies on.
 */
import type { NotesDatabase } from './database.ts';
import type {
  ContentField,
  NoteOrigin,
  NoteRecord,
  NoteStatus,
  RelatedDocument,
  ReviewDecision,
  ReviewRecord,
  RevisionAction,
  RevisionRecord,
} from './types.ts';

type Row = Record<string, unknown>;

const json = <T>(value: unknown, fallback: T): T => {
  try {
    return value == null ? fallback : (JSON.parse(String(value)) as T);
  } catch {
    return fallback;
  }
};
const date = (value: unknown): Date | null => (value == null ? null : new Date(Number(value)));
const text = (value: unknown): string | null => (value == null ? null : String(value));

function contentFromRow(row: Row) {
  return {
    title: String(row.title),
    body: String(row.body),
    topicId: text(row.topic_id),
    authorName: String(row.author_name),
    reviewDate: text(row.review_date),
    accessGroups: json<string[]>(row.access_groups, []),
    relatedDocuments: json<RelatedDocument[]>(row.related_documents, []),
  };
}

function noteFromRow(row: Row): NoteRecord {
  return {
    ...contentFromRow(row),
    id: String(row.id),
    status: String(row.status) as NoteStatus,
    version: Number(row.version),
    origin: String(row.origin) as NoteOrigin,
    createdBy: String(row.created_by),
    createdAt: new Date(Number(row.created_at)),
    updatedBy: String(row.updated_by),
    updatedByName: text(row.updated_by_name),
    updatedAt: new Date(Number(row.updated_at)),
    publishedVersion: row.published_version == null ? null : Number(row.published_version),
    publishedAt: date(row.published_at),
    approvedByName: text(row.approved_by_name),
    withdrawnAt: date(row.withdrawn_at),
    withdrawnReason: text(row.withdrawn_reason),
    replacedBy: text(row.replaced_by),
    indexError: text(row.index_error),
  };
}

function revisionFromRow(row: Row): RevisionRecord {
  return {
    ...contentFromRow(row),
    id: Number(row.id),
    noteId: String(row.note_id),
    version: row.version == null ? null : Number(row.version),
    basedOnVersion: Number(row.based_on_version),
    action: String(row.action) as RevisionAction,
    status: String(row.status) as NoteStatus,
    changedFields: json<ContentField[]>(row.changed_fields, []),
    savedBy: String(row.saved_by),
    savedByName: text(row.saved_by_name),
    savedAt: new Date(Number(row.saved_at)),
    comment: text(row.comment),
  };
}

function reviewFromRow(row: Row): ReviewRecord {
  return {
    id: Number(row.id),
    noteId: String(row.note_id),
    version: Number(row.version),
    reviewer: String(row.reviewer),
    reviewerName: text(row.reviewer_name),
    decision: String(row.decision) as ReviewDecision,
    comment: text(row.comment),
    createdAt: new Date(Number(row.created_at)),
  };
}

function noteToRow(note: NoteRecord): Row {
  return {
    id: note.id,
    status: note.status,
    version: note.version,
    origin: note.origin,
    title: note.title,
    body: note.body,
    topic_id: note.topicId,
    author_name: note.authorName,
    review_date: note.reviewDate,
    access_groups: JSON.stringify(note.accessGroups),
    related_documents: JSON.stringify(note.relatedDocuments),
    created_by: note.createdBy,
    created_at: note.createdAt.getTime(),
    updated_by: note.updatedBy,
    updated_by_name: note.updatedByName,
    updated_at: note.updatedAt.getTime(),
    published_version: note.publishedVersion,
    published_at: note.publishedAt?.getTime() ?? null,
    approved_by_name: note.approvedByName,
    withdrawn_at: note.withdrawnAt?.getTime() ?? null,
    withdrawn_reason: note.withdrawnReason,
    replaced_by: note.replacedBy,
    index_error: note.indexError,
  };
}

const noteColumns = [
  'id',
  'status',
  'version',
  'origin',
  'title',
  'body',
  'topic_id',
  'author_name',
  'review_date',
  'access_groups',
  'related_documents',
  'created_by',
  'created_at',
  'updated_by',
  'updated_by_name',
  'updated_at',
  'published_version',
  'published_at',
  'approved_by_name',
  'withdrawn_at',
  'withdrawn_reason',
  'replaced_by',
  'index_error',
];

export interface NoteRepository {
  transaction<T>(work: () => T): T;
  get(id: string): NoteRecord | null;
  list(): NoteRecord[];
  insert(note: NoteRecord): void;
  update(note: NoteRecord): void;
  setIndexError(id: string, error: string | null): void;
  addRevision(revision: Omit<RevisionRecord, 'id'>): number;
  revisions(noteId: string): RevisionRecord[];
  revision(noteId: string, id: number): RevisionRecord | null;
  revisionAt(noteId: string, version: number): RevisionRecord | null;
  /** Pseudonyms of everyone whose save changed the note's content. */
  contributors(noteId: string): Set<string>;
  addReview(review: Omit<ReviewRecord, 'id'>): number;
  reviews(noteId: string): ReviewRecord[];
}

export function createNoteRepository(database: NotesDatabase): NoteRepository {
  const statements = {
    get: database.prepare<[string], Row>('SELECT * FROM notes WHERE id = ?'),
    list: database.prepare<[], Row>('SELECT * FROM notes ORDER BY updated_at DESC'),
    insert: database.prepare(
      `INSERT INTO notes (${noteColumns.join(', ')}) VALUES (${noteColumns.map((column) => `@${column}`).join(', ')})`,
    ),
    update: database.prepare(
      `UPDATE notes SET ${noteColumns
        .filter((column) => column !== 'id')
        .map((column) => `${column} = @${column}`)
        .join(', ')} WHERE id = @id`,
    ),
    setIndexError: database.prepare('UPDATE notes SET index_error = ? WHERE id = ?'),
    addRevision: database.prepare(
      `INSERT INTO note_revisions (note_id, version, based_on_version, action, status, title, body, topic_id,
         author_name, review_date, access_groups, related_documents, changed_fields, saved_by, saved_by_name,
         saved_at, comment)
       VALUES (@note_id, @version, @based_on_version, @action, @status, @title, @body, @topic_id, @author_name,
         @review_date, @access_groups, @related_documents, @changed_fields, @saved_by, @saved_by_name, @saved_at,
         @comment)`,
    ),
    revisions: database.prepare<[string], Row>('SELECT * FROM note_revisions WHERE note_id = ? ORDER BY id'),
    revision: database.prepare<[string, number], Row>(
      'SELECT * FROM note_revisions WHERE note_id = ? AND id = ?',
    ),
    revisionAt: database.prepare<[string, number], Row>(
      'SELECT * FROM note_revisions WHERE note_id = ? AND version = ?',
    ),
    contributors: database.prepare<[string], { saved_by: string }>(
      `SELECT DISTINCT saved_by FROM note_revisions
       WHERE note_id = ? AND version IS NOT NULL AND changed_fields <> '[]'`,
    ),
    addReview: database.prepare(
      `INSERT INTO note_reviews (note_id, version, reviewer, reviewer_name, decision, comment, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    reviews: database.prepare<[string], Row>('SELECT * FROM note_reviews WHERE note_id = ? ORDER BY id'),
  };

  return {
    transaction: (work) => database.transaction(work)(),
    get: (id) => {
      const row = statements.get.get(id);
      return row ? noteFromRow(row) : null;
    },
    list: () => statements.list.all().map(noteFromRow),
    insert: (note) => void statements.insert.run(noteToRow(note)),
    update: (note) => void statements.update.run(noteToRow(note)),
    setIndexError: (id, error) => void statements.setIndexError.run(error, id),
    addRevision: (revision) =>
      Number(
        statements.addRevision.run({
          note_id: revision.noteId,
          version: revision.version,
          based_on_version: revision.basedOnVersion,
          action: revision.action,
          status: revision.status,
          title: revision.title,
          body: revision.body,
          topic_id: revision.topicId,
          author_name: revision.authorName,
          review_date: revision.reviewDate,
          access_groups: JSON.stringify(revision.accessGroups),
          related_documents: JSON.stringify(revision.relatedDocuments),
          changed_fields: JSON.stringify(revision.changedFields),
          saved_by: revision.savedBy,
          saved_by_name: revision.savedByName,
          saved_at: revision.savedAt.getTime(),
          comment: revision.comment,
        }).lastInsertRowid,
      ),
    revisions: (noteId) => statements.revisions.all(noteId).map(revisionFromRow),
    revision: (noteId, id) => {
      const row = statements.revision.get(noteId, id);
      return row ? revisionFromRow(row) : null;
    },
    revisionAt: (noteId, version) => {
      const row = statements.revisionAt.get(noteId, version);
      return row ? revisionFromRow(row) : null;
    },
    contributors: (noteId) => new Set(statements.contributors.all(noteId).map((row) => row.saved_by)),
    addReview: (review) =>
      Number(
        statements.addReview.run(
          review.noteId,
          review.version,
          review.reviewer,
          review.reviewerName,
          review.decision,
          review.comment,
          review.createdAt.getTime(),
        ).lastInsertRowid,
      ),
    reviews: (noteId) => statements.reviews.all(noteId).map(reviewFromRow),
  };
}
