/**
 * A published note in the knowledge base: a document of source `ervaringskennis` (format markdown) with its
 * chunks, written through the same `Store.commit` as ingest, so search, access filtering and citations treat it
 * like any document. SQLite stays the truth; this is a projection that `syncNotes` can always rebuild.
 */
import { createHash, randomUUID } from 'node:crypto';
import { chunkDocument, estimateTokens } from '../../ingest/chunk/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { embedderFit, indexHasVectors } from '../../ingest/index-settings.ts';
import { chunkRecords, documentId } from '../../ingest/records.ts';
import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';
import type { DocumentWrite, Store } from '../../ingest/store/index.ts';
import type { DocumentRecord } from '../../ingest/types.ts';
import { noteBlocks } from './note-blocks.ts';
import { notesSourceName } from './types.ts';

export type NoteKnowledgeBase = Pick<
  Store,
  'commit' | 'removeDocuments' | 'readIndexInfo' | 'finishRun' | 'listDocuments' | 'listChunks'
>;

export interface KnowledgeBaseWriter {
  store: NoteKnowledgeBase;
  /** The embedder the index was built with, or null (lexical index, or no matching model loaded). */
  embedder: Embedder | null;
  /** The Dutch analyzer's `searchText`, as ingest uses it. */
  searchText(fields: { title: string; headingPath: string[]; text: string }): string;
  /** Told about problems that did not stop the write. */
  onWarning?: (message: string) => void;
}

/** What of a published version goes into the knowledge base. */
export interface PublishedSnapshot {
  noteId: string;
  version: number;
  title: string;
  body: string;
  authorName: string;
  accessGroups: string[];
  publishedAt: Date;
}

/** Why a published version could not be put into the knowledge base; `describeNoteWriteFailure` words it. */
export type NoteWriteFailure =
  /** The index has vectors of a model that is not loaded (or of other dimensions). */
  | Failure<'model_not_loaded', { indexModel: string | null }>
  | Failure<'no_text'>
  | Failure<'embedding_failed', { detail: string }>
  | Failure<'commit_failed', { detail: string }>;

const detailOf = (error: unknown): string => (error as Error).message;

export const noteRelativePath = (noteId: string): string => `${noteId}.md`;

export const noteDocumentId = (noteId: string): string =>
  documentId(notesSourceName, noteRelativePath(noteId));

/** The note id behind a knowledge-base chunk of source `ervaringskennis`. */
export function noteIdFromPath(relativePath: string): string | null {
  const match = /^([0-9a-f-]{36})\.md$/.exec(relativePath);
  return match?.[1] ?? null;
}

export function snapshotHash(snapshot: PublishedSnapshot): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        snapshot.noteId,
        snapshot.version,
        snapshot.title,
        snapshot.body,
        snapshot.authorName,
        [...snapshot.accessGroups].sort(),
        snapshot.publishedAt.getTime(),
      ]),
    )
    .digest('hex');
}

/** Chunks (embedded when the index has vectors) and the document row for one published version. */
export async function buildNoteWrite(
  snapshot: PublishedSnapshot,
  writer: KnowledgeBaseWriter,
  options: { now?: Date; signal?: AbortSignal; chunkSet?: string } = {},
): Promise<Result<DocumentWrite, NoteWriteFailure>> {
  const index = await writer.store.readIndexInfo();
  const wantsVectors = indexHasVectors(index);
  const embedder = writer.embedder;
  // Vectors of another model (or other files of the same one) would sit beside the index's and mislead search.
  if (wantsVectors && (embedder === null || !embedderFit(index, embedder.info).fits)) {
    return fail({ code: 'model_not_loaded', indexModel: index?.embeddingModel ?? null });
  }
  const countTokens = embedder ? (text: string) => embedder.countTokens(text) : estimateTokens;
  const { text, chunks } = chunkDocument(noteBlocks(snapshot.title, snapshot.body), {
    countTokens,
    maxTokens: index?.chunking.maxTokens,
    overlapTokens: index?.chunking.overlapTokens,
  });
  if (chunks.length === 0) return fail({ code: 'no_text' });
  const chunkSet = options.chunkSet ?? `notitie-${snapshot.version}-${randomUUID().slice(0, 8)}`;
  const document: DocumentRecord = {
    id: noteDocumentId(snapshot.noteId),
    source: notesSourceName,
    relativePath: noteRelativePath(snapshot.noteId),
    title: snapshot.title,
    format: 'markdown',
    sizeBytes: Buffer.byteLength(snapshot.body, 'utf8'),
    modifiedAt: snapshot.publishedAt,
    contentHash: snapshotHash(snapshot),
    status: 'indexed',
    reason: '',
    pageCount: 0,
    chunkCount: chunks.length,
    chunkSet,
    accessGroups: snapshot.accessGroups,
    text,
    indexedAt: options.now ?? new Date(),
  };
  let vectors: Float32Array[] | null = null;
  if (wantsVectors && embedder) {
    try {
      vectors = await embedder.embedPassages(
        chunks.map((chunk) => chunk.text),
        { signal: options.signal },
      );
    } catch (error) {
      return fail({ code: 'embedding_failed', detail: detailOf(error), cause: error });
    }
  }
  return ok({ document, chunks: chunkRecords(document, chunks, writer.searchText, vectors) });
}

/** Puts one published version into the knowledge base, replacing the note's earlier chunks. */
export async function writeNote(
  snapshot: PublishedSnapshot,
  writer: KnowledgeBaseWriter,
): Promise<Result<void, NoteWriteFailure>> {
  const built = await buildNoteWrite(snapshot, writer);
  if (!built.ok) return built;
  try {
    await writer.store.commit([built.value], built.value.document.chunkSet);
  } catch (error) {
    return fail({ code: 'commit_failed', detail: detailOf(error), cause: error });
  }
  await refreshIndex(writer);
  return ok(undefined);
}

/**
 * Builds the full-text index when the knowledge base had none, and folds new rows into it: rows outside the
 * index are searched too, but more slowly, and not reliably while the index is tiny.
 */
async function refreshIndex(writer: KnowledgeBaseWriter): Promise<void> {
  try {
    await writer.store.finishRun({ changed: true });
  } catch (error) {
    // The chunks are stored and searchable; the next ingest run compacts.
    writer.onWarning?.(`de full-text-index is niet bijgewerkt: ${(error as Error).message}`);
  }
}

export async function removeNote(noteId: string, store: NoteKnowledgeBase): Promise<void> {
  await store.removeDocuments([noteDocumentId(noteId)]);
}

// Notes per commit in a sync, as ingest batches documents.
const syncBatch = 32;

export interface SyncReport {
  written: string[];
  removed: string[];
  failed: { noteId: string; failure: NoteWriteFailure }[];
}

/**
 * Makes the knowledge base hold exactly the published versions: writes what is missing, changed or lost its
 * chunks (a model change, a rebuild into new tables), removes notes that are no longer published.
 */
export async function syncNotes(
  published: PublishedSnapshot[],
  writer: KnowledgeBaseWriter,
): Promise<SyncReport> {
  const report: SyncReport = { written: [], removed: [], failed: [] };
  // One chunk set for the whole sync: `commit` drops a document's chunks of any other set.
  const chunkSet = `notities-${randomUUID().slice(0, 8)}`;
  const pending: { noteId: string; write: DocumentWrite }[] = [];
  const existing = new Map(
    (await writer.store.listDocuments(notesSourceName)).map((document) => [document.id, document]),
  );
  for (const snapshot of published) {
    const id = noteDocumentId(snapshot.noteId);
    const document = existing.get(id);
    existing.delete(id);
    if (document && document.status === 'indexed' && document.contentHash === snapshotHash(snapshot)) {
      const chunks = await writer.store.listChunks({ documentId: id });
      const current = chunks.filter((chunk) => chunk.chunkSet === document.chunkSet).length;
      if (current === document.chunkCount && current > 0) continue;
    }
    const built = await buildNoteWrite(snapshot, writer, { chunkSet });
    if (built.ok) pending.push({ noteId: snapshot.noteId, write: built.value });
    else report.failed.push({ noteId: snapshot.noteId, failure: built.reason });
  }
  for (let start = 0; start < pending.length; start += syncBatch) {
    const batch = pending.slice(start, start + syncBatch);
    try {
      await writer.store.commit(
        batch.map((item) => item.write),
        chunkSet,
      );
      report.written.push(...batch.map((item) => item.noteId));
    } catch (error) {
      const failure: NoteWriteFailure = { code: 'commit_failed', detail: detailOf(error), cause: error };
      report.failed.push(...batch.map((item) => ({ noteId: item.noteId, failure })));
    }
  }
  const stale = [...existing.values()];
  if (stale.length > 0) {
    await writer.store.removeDocuments(stale.map((document) => document.id));
    report.removed.push(...stale.map((document) => noteIdFromPath(document.relativePath) ?? document.id));
  }
  if (report.written.length > 0) await refreshIndex(writer);
  return report;
}
