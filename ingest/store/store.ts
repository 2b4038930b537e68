import type {
  ChunkRecord,
  DocumentRecord,
  FileStatus,
  IndexInfo,
  JobFileRecord,
  JobRecord,
} from '../types.ts';

/** A document as the sync step needs it: enough to decide unchanged/changed/removed, without its text. */
export type DocumentSummary = Omit<DocumentRecord, 'text'>;

/** One file's new state: its document row and, when indexed, its chunks. */
export interface DocumentWrite {
  document: DocumentRecord;
  chunks: ChunkRecord[];
}

export interface RepairReport {
  /** Chunks written by a run that died before their document row was updated. */
  orphanChunksRemoved: number;
  /** Documents whose chunks went missing; they are re-read on the next run. */
  documentsReset: number;
  /** Jobs left `running` by a process that is gone. */
  jobsInterrupted: number;
}

export interface KnowledgeBaseStats {
  documents: number;
  chunks: number;
  byStatus: Partial<Record<Exclude<FileStatus, 'unchanged' | 'removed'>, number>>;
  bySource: Record<string, number>;
  pages: number;
  indexInfo: IndexInfo | null;
  lastJob: JobRecord | null;
}

/** The seam between the pipeline/server and the database. */
export interface ListChunksOptions {
  documentId?: string;
  limit?: number;
  /** Every column, vectors and search text included (default false). */
  full?: boolean;
}

export interface Store {
  readIndexInfo(): Promise<IndexInfo | null>;
  writeIndexInfo(info: IndexInfo): Promise<void>;
  /** Throws away all chunks and starts a table for vectors of `dimensions` (null: no vectors). */
  resetChunks(dimensions: number | null): Promise<void>;
  listDocuments(source?: string): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Writes new chunks, then document rows, then drops the chunks they replace; safe to kill at any point. */
  commit(writes: DocumentWrite[], chunkSet: string): Promise<void>;
  removeDocuments(ids: string[]): Promise<void>;
  /** Recomputes the full-text column of every chunk (a new version of the search analysis), keeping the
   * vectors, and rebuilds the full-text index; returns the number of chunks. */
  refreshSearchText(
    searchText: (fields: { title: string; headingPath: string[]; text: string }) => string,
    options?: { signal?: AbortSignal },
  ): Promise<number>;
  /** Gives every document and chunk of `source` these access groups at once (no re-read needed). */
  setSourceAccess(source: string, accessGroups: string[]): Promise<void>;
  /** Brings the tables back to a consistent state after a crash; cheap when nothing is wrong. */
  repair(): Promise<RepairReport>;
  /** Builds or refreshes the full-text index and compacts after a run that changed things. */
  finishRun(options: { changed: boolean }): Promise<void>;
  createJob(job: JobRecord): Promise<void>;
  updateJob(job: JobRecord): Promise<void>;
  getJob(id: string): Promise<JobRecord | null>;
  listJobs(options?: { limit?: number }): Promise<JobRecord[]>;
  addJobFiles(files: JobFileRecord[]): Promise<void>;
  /** A job's file outcomes, optionally only those with one of `statuses`. */
  listJobFiles(jobId: string, options?: { statuses?: FileStatus[] }): Promise<JobFileRecord[]>;
  /**
   * Chunks in document order, without their vectors and search text unless `full`: a reader shows
   * passages, and the vectors would be read for nothing.
   */
  listChunks(options?: ListChunksOptions): Promise<ChunkRecord[]>;
  stats(): Promise<KnowledgeBaseStats>;
  close(): Promise<void>;
}

/** Which chunks a reader may see and wants: access groups always, the rest optional. */
export interface ChunkFilter {
  /** The reader's groups; a chunk is visible when it shares at least one. Never empty. */
  accessGroups: string[];
  sources?: string[];
  formats?: string[];
  modifiedFrom?: Date;
  modifiedTo?: Date;
  documentIds?: string[];
}

export interface ScoredChunk {
  chunk: ChunkRecord;
  /** Lexical: BM25 score (higher is better). Vector: cosine similarity in [-1, 1]. */
  score: number;
}

export interface SearchOptions {
  filter: ChunkFilter;
  limit: number;
}

/** A rebuild in progress: new chunk and document tables, filled while the active ones keep serving. */
export interface PendingRebuild {
  /** Names the tables: `chunks_<suffix>`, `documents_<suffix>`. */
  suffix: string;
  startedAt: Date;
}

/**
 * Re-indexing without downtime (a new embedding model): a rebuild writes a second set of chunk and document
 * tables while readers keep using the active set, then one atomic write switches readers over, and only then
 * are the old tables dropped. A rebuild that is interrupted stays pending and continues where it stopped.
 */
export interface IndexGenerations {
  /** The chunk and document tables that reads use now. */
  activeTables(): { chunks: string; documents: string };
  pendingRebuild(): Promise<PendingRebuild | null>;
  /**
   * Starts a rebuild, or continues the pending one. The returned store reads and writes the new tables (jobs
   * are shared); pass it to `engine.sync` with every source. Do not close it.
   */
  beginRebuild(): Promise<{ rebuild: PendingRebuild; store: Store }>;
  /** Switches readers to the rebuilt tables, then drops the old ones. Throws if nothing was built. */
  completeRebuild(rebuild: PendingRebuild): Promise<void>;
  /** Throws a pending rebuild away; the active tables are untouched. */
  discardRebuild(): Promise<void>;
}

/** Read side used by the server; the same store object implements both. */
export interface SearchableStore extends Store, IndexGenerations {
  searchLexical(query: string, options: SearchOptions): Promise<ScoredChunk[]>;
  searchVector(vector: Float32Array, options: SearchOptions): Promise<ScoredChunk[]>;
  /** A document only if the reader may see it. */
  getDocumentFor(id: string, accessGroups: string[]): Promise<DocumentRecord | null>;
}
