/**
 * What the note operations share: the repositories, the clock, the knowledge-base writer and the look-ups that
 * decide what a caller may see. One object, built once per server.
 */
import type { Logger } from 'pino';
import type { SearchableStore } from '../../ingest/store/index.ts';
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type { NoteView } from '../contract/note-views.ts';
import { localDay } from './citation.ts';
import type { NotesDatabase } from './database.ts';
import { describeNoteWriteFailure } from './failure-text.ts';
import { removeNote, writeNote, type KnowledgeBaseWriter, type PublishedSnapshot } from './knowledge-base.ts';
import { createNoteRepository, type NoteRepository } from './note-repository.ts';
import { noteView, type NoteDetailParts, type NoteParts } from './note-views.ts';
import { maySeePublished, maySeeWorkingCopy } from './permissions.ts';
import { createTopicRepository, type TopicRepository } from './topic-repository.ts';
import type { NoteRecord } from './types.ts';

/** The document look-ups notes need: related documents and the picker. */
export type DocumentLookup = Pick<SearchableStore, 'getDocumentFor' | 'listDocuments'>;

export interface NotesOptions {
  database: NotesDatabase;
  knowledgeBase: KnowledgeBaseWriter;
  documents: DocumentLookup;
  /** Same keyed hash as the user pseudonyms, for topic owners named by user id. */
  pseudonymize(userId: string): string;
  now?: () => Date;
  logger?: Logger;
}

export interface NotesCore {
  notes: NoteRepository;
  topics: TopicRepository;
  database: NotesDatabase;
  options: NotesOptions;
  now(): Date;
  today(): string;
  /** The note if the caller may see it, and which copy; 404 otherwise (absent and hidden look the same). */
  visible(id: string, user: User): { parts: NoteParts; view: 'working' | 'published' };
  parts(note: NoteRecord): NoteParts;
  detail(parts: NoteParts, user: User, view: 'working' | 'published'): Promise<NoteView>;
  /** Brings the note's knowledge-base document in line with its published version. Serialised. */
  project(noteId: string): Promise<void>;
  snapshot(note: NoteRecord): PublishedSnapshot | null;
}

export const notFound = () =>
  new AppError('not_found', 'Deze notitie bestaat niet of u heeft er geen toegang toe.');

export function createNotesCore(options: NotesOptions): NotesCore {
  const notes = createNoteRepository(options.database);
  const topics = createTopicRepository(options.database);
  const now = options.now ?? (() => new Date());
  const gapIds = options.database.prepare<[string], { id: string }>(
    'SELECT id FROM gaps WHERE note_id = ? ORDER BY id',
  );
  let projecting: Promise<void> = Promise.resolve();

  const parts = (note: NoteRecord): NoteParts => ({
    note,
    topic: note.topicId ? topics.get(note.topicId) : null,
    published: note.publishedVersion === null ? null : notes.revisionAt(note.id, note.publishedVersion),
    today: localDay(now()),
  });

  const snapshot = (note: NoteRecord): PublishedSnapshot | null => {
    if (note.publishedVersion === null || note.publishedAt === null) return null;
    const published = notes.revisionAt(note.id, note.publishedVersion);
    if (!published) return null;
    return {
      noteId: note.id,
      version: note.publishedVersion,
      title: published.title,
      body: published.body,
      authorName: published.authorName,
      accessGroups: published.accessGroups,
      publishedAt: note.publishedAt,
    };
  };

  async function projectNow(noteId: string): Promise<void> {
    const note = notes.get(noteId);
    const published = note ? snapshot(note) : null;
    try {
      if (published) {
        const written = await writeNote(published, {
          ...options.knowledgeBase,
          onWarning: (message) => options.logger?.warn({ noteId }, message),
        });
        const reason = written.ok ? null : describeNoteWriteFailure(written.reason);
        notes.setIndexError(noteId, reason);
        if (!written.ok)
          options.logger?.warn(
            { noteId, code: written.reason.code, reason },
            'note not written to the index',
          );
      } else {
        await removeNote(noteId, options.knowledgeBase.store);
        if (note) notes.setIndexError(noteId, null);
      }
    } catch (error) {
      if (note) {
        const failure = { code: 'commit_failed', detail: (error as Error).message } as const;
        notes.setIndexError(noteId, describeNoteWriteFailure(failure));
      }
      options.logger?.error({ err: error, noteId }, 'knowledge base update for a note failed');
    }
  }

  return {
    notes,
    topics,
    database: options.database,
    options,
    now,
    today: () => localDay(now()),
    parts,
    snapshot,
    visible(id, user) {
      const note = notes.get(id);
      if (!note) throw notFound();
      const loaded = parts(note);
      const publishedGroups = loaded.published?.accessGroups ?? null;
      if (maySeeWorkingCopy(note, user, loaded.topic, publishedGroups))
        return { parts: loaded, view: 'working' };
      if (publishedGroups !== null && maySeePublished(publishedGroups, user))
        return { parts: loaded, view: 'published' };
      throw notFound();
    },
    async detail(loaded, user, view) {
      const shown = view === 'published' && loaded.published ? loaded.published : loaded.note;
      const available = new Set<string>();
      for (const document of shown.relatedDocuments) {
        if (await options.documents.getDocumentFor(document.id, user.groups)) available.add(document.id);
      }
      const detail: NoteDetailParts = {
        ...loaded,
        reviews: notes.reviews(loaded.note.id),
        contributors: notes.contributors(loaded.note.id),
        relatedAvailable: available,
        gapIds: gapIds.all(loaded.note.id).map((row) => row.id),
      };
      return noteView(detail, user, view);
    },
    project(noteId) {
      const run = projecting.then(() => projectNow(noteId));
      projecting = run.catch(() => undefined);
      return run;
    },
  };
}
