import type { Logger } from 'pino';
import type { Embedder } from './embed/embedder.ts';
import type { RepairReport, Store } from './store/index.ts';
import type {
  JobFileRecord,
  JobRecord,
  ParsedDocument,
  ParseFailure,
  SourceConfig,
  SourceFile,
  StatusCounts,
} from './types.ts';
import type { Result } from './result.ts';

/** The parse stage as the pipeline sees it (the real one isolates each file in a worker). */
export interface FileParser {
  parse(file: SourceFile, options?: { signal?: AbortSignal }): Promise<Result<ParsedDocument, ParseFailure>>;
}

export interface PipelineServices {
  store: Store;
  parser: FileParser;
  /** null: lexical only; `lexicalReason` says why. */
  embedder: Embedder | null;
  lexicalReason: string | null;
  searchText(fields: { title: string; headingPath: string[]; text: string }): string;
  logger: Logger;
}

export interface ChunkingSettings {
  maxTokens: number;
  overlapTokens: number;
  minTokens: number;
}

export interface IngestRunOptions {
  sources: SourceConfig[];
  trigger: JobRecord['trigger'];
  /** Id for the job record; generated when left out. The server picks it so a client can follow a queued job. */
  jobId?: string;
  kind?: JobRecord['kind'];
  resumedFrom?: string | null;
  /** List what would change, write nothing. */
  dryRun?: boolean;
  /** Re-read every file even when its content hash is unchanged. */
  force?: boolean;
  /** The reader version per extension (default `readerVersion` of the parse stage); a file read by another
   * version is read again. */
  readerVersion?: (extension: string) => string;
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  chunking?: Partial<ChunkingSettings>;
  /** Extensions (with dot, lower case) the parser handles; other files are recorded as skipped unread. */
  supportedExtensions: ReadonlySet<string>;
  maxFileBytes: number;
  /** Files processed at once; parsing is isolated, so this is about keeping parse workers busy. */
  concurrency?: number;
}

export interface IngestProgress {
  phase: 'crawling' | 'processing' | 'finishing' | 'done';
  filesTotal: number;
  filesDone: number;
  currentFile: string | null;
  pages: number;
  chunks: number;
  tokens: number;
  counts: StatusCounts;
}

export type PlannedChange = 'new' | 'changed' | 'unchanged' | 'removed' | 'skipped';

export interface IngestSummary {
  job: JobRecord;
  files: JobFileRecord[];
  durationMs: number;
  tokens: number;
  lexicalReason: string | null;
  repair: RepairReport;
  /** Warnings about the run as a whole (for example a source that looked empty). */
  warnings: string[];
  /** Only for dry runs: what a real run would do per file. */
  plan?: { source: string; relativePath: string; change: PlannedChange; reason: string }[];
}
