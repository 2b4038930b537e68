/**
 * Knowledge notes: expert knowledge written down, reviewed by a second expert, and published into the
 * knowledge base at once, where it is found and cited like a document ("Ervaringskennis — author, date").
 * Notes, revisions, reviews, topics and knowledge gaps live in SQLite (see README, "Knowledge notes").
 */
import type { ChunkRecord } from '../../ingest/types.ts';
import type { User } from '../http/types.ts';
import type { NoteCitation, NoteView } from '../contract/note-views.ts';
import { createNotesCore, type NotesOptions } from './core.ts';
import { describeNoteWriteFailure } from './failure-text.ts';
import { createGapsService, type GapAnswerSource, type GapsService } from './gaps-service.ts';
import {
  syncNotes,
  type NoteKnowledgeBase,
  type PublishedSnapshot,
  type SyncReport,
} from './knowledge-base.ts';
import { createExchange, type NoteExchange } from './note-exchange.ts';
import { createReads, type NoteReads } from './note-reads.ts';
import { createWorkflow, type NoteWorkflow } from './note-workflow.ts';
import { createTopicActions, type TopicActions } from './topic-actions.ts';
import type { NoteRecord } from './types.ts';

export { openNotesDatabase, migrate, type NotesDatabase } from './database.ts';
export { migrations, type Migration } from './migrations.ts';
export { NoteConflict } from './note-commit.ts';
export { filesFromUploads, importLimits, type ImportFile } from './note-exchange.ts';
export { interviewPrompts, type InterviewPrompt } from './interview.ts';
export { noteLimits } from './fields.ts';
export { answerLabel, citationLabel } from './citation.ts';
export { describeFrontMatterFailure, describeNoteWriteFailure } from './failure-text.ts';
export type { FrontMatterFailure } from './front-matter.ts';
export {
  noteDocumentId,
  type KnowledgeBaseWriter,
  type NoteWriteFailure,
  type NoteKnowledgeBase,
  type SyncReport,
} from './knowledge-base.ts';
export type { NoteListQuery } from './note-reads.ts';
export type { DocumentLookup, NotesOptions } from './core.ts';
export type { GapAnswerSource, GapsService } from './gaps-service.ts';
export { notesSourceName, type NoteRecord, type NoteStatus } from './types.ts';
/** What `citations` and `view` answer: wire types from the contract. */
export type { NoteCitation, NoteView } from '../contract/note-views.ts';

export interface KnowledgeNotes {
  reads: NoteReads;
  workflow: NoteWorkflow;
  exchange: NoteExchange;
  topics: TopicActions;
  gaps: GapsService;
  /** The caller's view of a note, after a change. */
  view(user: User, note: NoteRecord): Promise<NoteView>;
  /** Citation details for the notes among retrieved chunks, by document id (for passages and answer labels). */
  citations(chunks: readonly ChunkRecord[]): Map<string, NoteCitation>;
  /**
   * Makes the knowledge base hold exactly the published notes. Run at start-up, and after a rebuild into new
   * tables (pass the rebuild's store before switching over, or call it again after).
   */
  syncKnowledgeBase(options?: { store?: NoteKnowledgeBase }): Promise<SyncReport>;
  /** Closes the database. */
  close(): void;
}

export function createKnowledgeNotes(options: NotesOptions & { answers: GapAnswerSource }): KnowledgeNotes {
  const core = createNotesCore(options);
  const workflow = createWorkflow(core);
  const reads = createReads(core);
  return {
    reads,
    workflow,
    exchange: createExchange(core, workflow),
    topics: createTopicActions(core),
    gaps: createGapsService(core, options.answers),
    async view(user, note) {
      const { parts, view } = core.visible(note.id, user);
      return core.detail(parts, user, view);
    },
    citations: (chunks) => reads.citations(chunks),
    async syncKnowledgeBase(sync = {}) {
      const published = core.notes
        .list()
        .map((note) => core.snapshot(note))
        .filter((snapshot): snapshot is PublishedSnapshot => snapshot !== null);
      const report = await syncNotes(published, {
        ...options.knowledgeBase,
        store: sync.store ?? options.knowledgeBase.store,
        onWarning: (message) => options.logger?.warn(message),
      });
      if (!sync.store) {
        for (const { noteId, failure } of report.failed)
          core.notes.setIndexError(noteId, describeNoteWriteFailure(failure));
        for (const noteId of report.written) core.notes.setIndexError(noteId, null);
      }
      return report;
    },
    close: () => options.database.close(),
  };
}
