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
  /** Brings the tables back to a consistent state after a crash; cheap when nothing is wrong. */
  repair(): Promise<RepairReport>;
  /** Builds or refreshes the full-text index and compacts after a run that changed things. */
  finishRun(options: { changed: boolean }): Promise<void>;
  createJob(job: JobRecord): Promise<void>;
  updateJob(job: JobRecord): Promise<void>;
  getJob(id: string): Promise<JobRecord | null>;
  listJobs(options?: { limit?: number }): Promise<JobRecord[]>;
  addJobFiles(files: JobFileRecord[]): Promise<void>;
  listJobFiles(jobId: string): Promise<JobFileRecord[]>;
  listChunks(options?: { documentId?: string; limit?: number }): Promise<ChunkRecord[]>;
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

/** Read side used by the server; the same store object implements both. */
export interface SearchableStore extends Store {
  searchLexical(query: string, options: SearchOptions): Promise<ScoredChunk[]>;
  searchVector(vector: Float32Array, options: SearchOptions): Promise<ScoredChunk[]>;
  /** A document only if the reader may see it. */
  getDocumentFor(id: string, accessGroups: string[]): Promise<DocumentRecord | null>;
}
