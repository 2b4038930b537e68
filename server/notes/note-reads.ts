/** Reading notes: the list, one note, its history, topics, the document picker and citations in answers. */
import { sharesGroup } from '../../ingest/access/index.ts';
import { foldAccents } from '../../ingest/dutch/index.ts';
import type { ChunkRecord } from '../../ingest/types.ts';
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type {
  DocumentOption,
  NoteCitation,
  NoteListResponse,
  RevisionSummary,
  RevisionView,
  TopicView,
} from '../contract/note-views.ts';
import { notFound, type NotesCore } from './core.ts';
import { noteIdFromPath } from './knowledge-base.ts';
import { noteCitation, noteSummary, revisionSummary, revisionView, topicView } from './note-views.ts';
import { maySeePublished, maySeeWorkingCopy } from './permissions.ts';
import { notesSourceName, type NoteStatus } from './types.ts';

export interface NoteListQuery {
  status?: NoteStatus[];
  topic?: string;
  q?: string;
  needsReview?: boolean;
  /** Only notes with a published version. */
  published?: boolean;
  mine?: boolean;
  limit: number;
  offset: number;
}

const matches = (haystack: string[], query: string): boolean => {
  const needle = foldAccents(query.trim());
  return haystack.some((value) => foldAccents(value).includes(needle));
};

export function createReads(core: NotesCore) {
  return {
    list(user: User, query: NoteListQuery): NoteListResponse {
      const summaries = [];
      for (const note of core.notes.list()) {
        const parts = core.parts(note);
        const publishedGroups = parts.published?.accessGroups ?? null;
        const view = maySeeWorkingCopy(note, user, parts.topic, publishedGroups)
          ? 'working'
          : publishedGroups !== null && maySeePublished(publishedGroups, user)
            ? 'published'
            : null;
        if (view === null) continue;
        const summary = noteSummary(parts, user, view);
        if (query.status && !query.status.includes(summary.status)) continue;
        if (query.topic && summary.topic?.id !== query.topic) continue;
        if (query.needsReview !== undefined && summary.needsReview !== query.needsReview) continue;
        if (query.published !== undefined && (summary.published !== null) !== query.published) continue;
        if (query.mine && !summary.mine) continue;
        if (query.q && !matches([summary.title, summary.authorName, summary.topic?.name ?? ''], query.q))
          continue;
        summaries.push(summary);
      }
      return { notes: summaries.slice(query.offset, query.offset + query.limit), total: summaries.length };
    },

    async get(user: User, id: string, wanted: 'current' | 'published') {
      const { parts, view } = core.visible(id, user);
      if (wanted === 'published' && parts.published === null) throw notFound();
      return core.detail(parts, user, wanted === 'published' ? 'published' : view);
    },

    revisions(user: User, id: string): RevisionSummary[] {
      const { view } = core.visible(id, user);
      if (view !== 'working')
        throw new AppError('forbidden', 'Alleen experts zien de geschiedenis van een notitie.');
      return core.notes.revisions(id).map((revision) => revisionSummary(revision, user));
    },

    revision(user: User, id: string, revisionId: number): RevisionView {
      const { view } = core.visible(id, user);
      if (view !== 'working')
        throw new AppError('forbidden', 'Alleen experts zien de geschiedenis van een notitie.');
      const revision = core.notes.revision(id, revisionId);
      if (!revision) throw new AppError('not_found', 'Deze revisie bestaat niet.');
      return revisionView(revision, user);
    },

    topics(user: User): TopicView[] {
      return core.topics.list().map((topic) => topicView(topic, user));
    },

    /** Indexed documents the caller may read, matching `query` in title or path: the picker for related documents. */
    async documentOptions(user: User, query: string, limit: number): Promise<DocumentOption[]> {
      const documents = await core.options.documents.listDocuments();
      return documents
        .filter(
          (document) =>
            document.status === 'indexed' &&
            document.source !== notesSourceName &&
            sharesGroup(user.groups, document.accessGroups) &&
            (query === '' || matches([document.title, document.relativePath], query)),
        )
        .sort((a, b) => a.title.localeCompare(b.title, 'nl'))
        .slice(0, limit)
        .map((document) => ({
          id: document.id,
          title: document.title,
          source: document.source,
          relativePath: document.relativePath,
          format: document.format,
        }));
    },

    /**
     * Citation details of the notes among retrieved chunks, by document id. The chunks were already filtered by
     * the reader's groups, so a note here is one the reader may see.
     */
    citations(chunks: readonly ChunkRecord[]): Map<string, NoteCitation> {
      const citations = new Map<string, NoteCitation>();
      const today = core.today();
      for (const chunk of chunks) {
        if (chunk.source !== notesSourceName || citations.has(chunk.documentId)) continue;
        const noteId = noteIdFromPath(chunk.relativePath);
        const note = noteId ? core.notes.get(noteId) : null;
        if (!note || note.publishedVersion === null) continue;
        const published = core.notes.revisionAt(note.id, note.publishedVersion);
        const citation = published ? noteCitation(note, published, today) : null;
        if (citation) citations.set(chunk.documentId, citation);
      }
      return citations;
    },
  };
}

export type NoteReads = ReturnType<typeof createReads>;
