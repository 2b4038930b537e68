/**
 * The data model shared by ingest, the server and (through the API types) the web app.
 * Every stored chunk can be traced back to a file, a place in that file and the run that wrote it.
 */

/** What finally happened to one file in one run. */
export type FileStatus = 'indexed' | 'unchanged' | 'skipped' | 'needs-ocr' | 'failed' | 'removed';

export type DocumentFormat = 'pdf' | 'docx' | 'markdown' | 'html' | 'text';

/** A folder tree to read: a mounted network share or a local folder. */
export interface SourceConfig {
  name: string;
  /** Absolute path of the root folder. */
  root: string;
  /** Globs relative to the root; empty means every supported file. */
  include: string[];
  exclude: string[];
  /** Groups allowed to read what comes from this source. */
  accessGroups: string[];
  /** Cron expression (for example `0 2 * * *`, nightly at two) for syncs run by the server; null or absent: none. */
  schedule?: string | null;
}

/** A file found by a crawl, before it is read. */
export interface SourceFile {
  /** Path relative to the source root, always with forward slashes. */
  relativePath: string;
  absolutePath: string;
  sizeBytes: number;
  modifiedAt: Date;
}

/** One structural piece of extracted text, in reading order. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table';
  text: string;
  /** Heading level 1..6, only for headings. */
  level?: number;
  /** 1-based page number, for paged formats (PDF). */
  page?: number;
}

/** What a parser returns for a readable file. */
export interface ParsedDocument {
  format: DocumentFormat;
  /** Title from the file's metadata or first heading; the pipeline falls back to the file name. */
  title?: string;
  blocks: TextBlock[];
  pageCount?: number;
  /** Notes about the extraction that an admin may want to see (for example "3 pages without text"). */
  warnings: string[];
}

/** Why a parser could not give usable text. `needs-ocr` is a scanned PDF, not an error. */
export interface ParseFailure {
  status: 'failed' | 'skipped' | 'needs-ocr';
  reason: string;
}

/** A block placed in the document text: `text.slice(start, end) === block.text`. */
export interface PlacedBlock extends TextBlock {
  start: number;
  end: number;
  headingPath: string[];
}

/** A piece of a document sized for the embedding model, with exact provenance. */
export interface Chunk {
  /** 0-based position within the document. */
  ordinal: number;
  text: string;
  /** Character offsets in the document's extracted text. */
  start: number;
  end: number;
  /** First and last page the chunk covers (PDF), else undefined. */
  pageStart?: number;
  pageEnd?: number;
  /** Headings above the chunk, outermost first (DOCX, Markdown, HTML, PDF where detectable). */
  headingPath: string[];
  tokenCount: number;
}

/** The stored record of a file: one row per file ever seen in a source, whatever its status. */
export interface DocumentRecord {
  /** Stable id derived from source name and relative path. */
  id: string;
  source: string;
  relativePath: string;
  title: string;
  format: DocumentFormat | 'unknown';
  sizeBytes: number;
  modifiedAt: Date;
  /** sha256 of the file's bytes. */
  contentHash: string;
  /** The reader that produced `text` (`.pdf@3`, see `readerVersion`); absent in records stored before versions. */
  readerVersion?: string;
  status: Exclude<FileStatus, 'unchanged' | 'removed'>;
  /** Reason for skipped, needs-ocr or failed. */
  reason: string;
  pageCount: number;
  chunkCount: number;
  /** Id of the run whose chunks are the current ones; chunks of any other run for this document are stale. */
  chunkSet: string;
  accessGroups: string[];
  /** Full extracted text, so a quote can be shown in context. Empty unless indexed. */
  text: string;
  indexedAt: Date;
}

/** A chunk as stored, with its document's provenance copied in so search needs no join. */
export interface ChunkRecord extends Chunk {
  id: string;
  documentId: string;
  chunkSet: string;
  source: string;
  relativePath: string;
  title: string;
  format: DocumentFormat;
  modifiedAt: Date;
  contentHash: string;
  accessGroups: string[];
  /** Text prepared for the Dutch full-text index (title, headings, text and compound parts). */
  searchText: string;
  /** Absent in lexical-only mode. */
  vector?: Float32Array | number[];
}

/** What the index was built with; changing the embedding model means re-embedding everything. */
export interface IndexInfo {
  /** `null` when the index is lexical only. */
  embeddingModel: string | null;
  embeddingRevision: string | null;
  dimensions: number | null;
  /** Why there are no vectors, when there are none. */
  lexicalReason: string | null;
  chunking: { maxTokens: number; overlapTokens: number; tokenizer: string; searchText?: string };
  updatedAt: Date;
}

export type JobStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';

/** `sync` brings sources up to date; `rebuild` re-indexes everything into new tables and then switches over. */
export type JobKind = 'sync' | 'rebuild';

export type StatusCounts = Record<FileStatus, number>;

export interface JobRecord {
  id: string;
  sources: string[];
  status: JobStatus;
  startedAt: Date;
  finishedAt: Date | null;
  counts: StatusCounts;
  pages: number;
  chunks: number;
  embeddingModel: string | null;
  error: string | null;
  trigger: 'cli' | 'server' | 'schedule';
  /** Absent means `sync` (jobs recorded before kinds existed). */
  kind?: JobKind;
  /** The interrupted or cancelled job this one continues. */
  resumedFrom?: string | null;
  /** About the run as a whole, for example a source that looked empty (an unmounted share). */
  warnings?: string[];
}

/** The outcome of one file in one job, kept for the admin's list of what failed and why. */
export interface JobFileRecord {
  jobId: string;
  source: string;
  relativePath: string;
  status: FileStatus;
  reason: string;
  durationMs: number;
}

export const emptyCounts = (): StatusCounts => ({
  indexed: 0,
  unchanged: 0,
  skipped: 0,
  'needs-ocr': 0,
  failed: 0,
  removed: 0,
});
