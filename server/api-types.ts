/**
 * The API's wire types: what the routes send and what the web app reads. The web app imports only this file
 * from the server (house rule: web/ imports only API types).
 */
import type { AnswerRecord } from './provenance/answer-record.ts';

export type { ErrorBody } from './errors.ts';
export type { PassageView } from './http/passage-view.ts';
import type { PassageView } from './http/passage-view.ts';

export type RetrievalMode = 'hybrid' | 'lexical';
export type AnswerStatus = 'answered' | 'extractive' | 'dont-know' | 'fallback' | 'stopped';

export interface ChatRequestBody {
  question: string;
  model?: string;
  language?: 'nl' | 'en';
  filters?: { source?: string[]; format?: string[]; from?: string; to?: string };
}

/** `event: sources` — sent first. */
export interface SourcesEvent {
  retrievalMode: RetrievalMode;
  lexicalReason: string | null;
  answerMode: 'model' | 'extractive';
  relevant: boolean;
  passages: PassageView[];
}

/** `event: text-delta` — a live preview; `answer-end.text` replaces it. */
export interface TextDeltaEvent {
  type: 'text-delta';
  text: string;
}

/** `event: citation` */
export interface CitationEvent {
  type: 'citation';
  number: number;
  chunkId: string;
  supported: boolean;
  reason?: string;
}

/** `event: error` — the model failed; an answer from the sources alone follows. */
export interface ErrorEvent {
  type: 'error';
  code: 'model_timeout' | 'model_stalled' | 'model_http' | 'model_unreachable' | 'model_malformed';
  message: string;
}

export type { Quote as QuoteView } from './answer/types.ts';
import type { Quote as QuoteView } from './answer/types.ts';

/** `event: answer-end` — the final, verified answer. */
export interface AnswerEndEvent {
  answerId: string;
  status: AnswerStatus;
  /** Markers read `[n]` (verified) or `[n?]` (flagged: the passage does not support the sentence). */
  text: string;
  citations: { number: number; chunkId: string; supported: boolean; score: number }[];
  flagged: { number: number; chunkId: string; sentence: string; reason: string }[];
  quotes: QuoteView[];
  dontKnowReason: string | null;
  model: { name: string; endpoint: string; model: string } | null;
  timings: { retrievalMs: number; firstTokenMs: number | null; totalMs: number };
  provenanceUrl: string;
}

export interface SearchResponse {
  query: string;
  mode: RetrievalMode;
  lexicalReason: string | null;
  relevant: boolean;
  irrelevantReason: string | null;
  timings: {
    embedMs?: number;
    lexicalMs: number;
    vectorMs?: number;
    fuseMs: number;
    rerankMs?: number;
    totalMs: number;
  };
  results: (PassageView & {
    lexicalRank: number | null;
    vectorRank: number | null;
    coverage: number;
    collapsed: string[];
  })[];
}

export interface DocumentResponse {
  id: string;
  title: string;
  source: string;
  relativePath: string;
  format: string;
  sizeBytes: number;
  modifiedAt: string;
  indexedAt: string;
  contentHash: string;
  pageCount: number;
  warnings: string[];
  text: string;
  chunks: {
    id: string;
    ordinal: number;
    start: number;
    end: number;
    pageStart: number | null;
    pageEnd: number | null;
    headingPath: string[];
  }[];
}

export type AnswerRecordResponse = Omit<AnswerRecord, 'askedAt'> & {
  askedAt: string;
  feedback: { helpful: boolean; reason: string | null; givenAt: string }[];
};

export interface FeedbackBody {
  helpful: boolean;
  reason?: string;
}

export interface HealthResponse {
  status: 'ok';
  index: {
    documents: number;
    searchableDocuments: number;
    chunks: number;
    pages: number;
    byStatus: Record<string, number>;
    bySource: Record<string, number>;
    updatedAt: string | null;
    lastJob: { id: string; status: string; finishedAt: string | null } | null;
  };
  retrieval: { mode: RetrievalMode; lexicalReason: string | null; indexEmbeddingModel: string | null };
  embedding: { loaded: true; model: string; revision: string } | { loaded: false; reason: string | null };
  chatModels: {
    name: string;
    endpoint: string;
    model: string;
    default: boolean;
    reachable: boolean;
    error: string | null;
  }[];
  answerMode: 'model' | 'extractive';
}

export type { MeResponse } from './contract/me.ts';

// ---- Admin console: every route under /api/admin requires the role `beheerder` (403 `forbidden` otherwise). ----

/** A configured source as the console shows it. `GET /api/admin/sources`, `GET /api/admin/sources/{name}`. */
export interface AdminSource {
  name: string;
  /** Absolute path of the folder (a mounted share or a local folder). */
  root: string;
  include: string[];
  exclude: string[];
  accessGroups: string[];
  /** Cron expression (`0 2 * * *`: nightly at two), or null for no schedule. */
  schedule: string | null;
  /** When the schedule fires next (ISO), or null: no schedule, or schedules are turned off. */
  nextRunAt: string | null;
  /** The bundled example corpus: it can be synced, not changed or removed. */
  builtIn: boolean;
  /** Why the folder cannot be read right now (an unmounted share), or null when it can. */
  rootProblem: string | null;
  /** Rows in the index for this source, whatever their status. */
  documents: number;
  searchableDocuments: number;
  chunks: number;
  lastSuccessfulSync: { jobId: string; finishedAt: string } | null;
  /** The queued or running job that includes this source. */
  activeJob: { id: string; status: 'queued' | 'running' } | null;
}

export interface AdminSourcesResponse {
  sources: AdminSource[];
  schedulesEnabled: boolean;
  /** Time zone the schedules run in. */
  timezone: string;
}

/** `POST /api/admin/sources` (201 with the AdminSource). Validation errors: 400 listing every problem. */
export interface SourceCreateBody {
  /** Lower-case letters, digits, - and _; at most 64 characters; cannot be changed later. */
  name: string;
  root: string;
  /** Globs relative to the root; empty: every supported file. */
  include?: string[];
  exclude?: string[];
  /** Default: `medewerkers` (all staff). */
  accessGroups?: string[];
  schedule?: string | null;
}

/** `PUT /api/admin/sources/{name}`: the whole source except its name (fields left out get their defaults). */
export type SourceUpdateBody = Omit<SourceCreateBody, 'name'>;

/** `DELETE /api/admin/sources/{name}?confirm={name}`; without a matching `confirm`: 409 saying what would go. */
export interface SourceRemovedResponse {
  name: string;
  documentsRemoved: number;
  chunksRemoved: number;
}

export type AdminJobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';
export type FileOutcome = 'indexed' | 'unchanged' | 'skipped' | 'needs-ocr' | 'failed' | 'removed';

/** Live figures of a queued or running job. */
export interface JobProgressView {
  phase: 'queued' | 'crawling' | 'processing' | 'finishing' | 'done';
  filesTotal: number;
  filesDone: number;
  currentFile: string | null;
  pages: number;
  chunks: number;
  counts: Record<FileOutcome, number>;
  elapsedMs: number;
  /** Files per second since processing began. */
  filesPerSecond: number;
  /** Seconds left at the current rate; null until there is a rate. */
  etaSeconds: number | null;
  /** 0..100 for a progress bar; null while the total is not known yet (crawling). */
  percent: number | null;
}

/** One ingest job. The same shape in lists, details, start/cancel/resume answers and every SSE event. */
export interface AdminJob {
  id: string;
  /** `sync`: bring sources up to date. `rebuild`: re-index everything into new tables, then switch over. */
  kind: 'sync' | 'rebuild';
  sources: string[];
  status: AdminJobStatus;
  trigger: 'cli' | 'server' | 'schedule';
  force: boolean;
  queuedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  counts: Record<FileOutcome, number>;
  /** Files read or judged this job (indexed, skipped, needs-ocr, failed). */
  filesProcessed: number;
  pages: number;
  chunks: number;
  throughput: { filesPerSecond: number; pagesPerSecond: number; chunksPerSecond: number } | null;
  embeddingModel: string | null;
  error: string | null;
  warnings: string[];
  resumedFrom: string | null;
  /** Interrupted, cancelled and failed jobs can be resumed (`POST /api/admin/jobs/{id}/resume`). */
  resumable: boolean;
  /** A cancel was asked for and the job is stopping. */
  cancelRequested: boolean;
  /** Live figures while queued or running; null once finished. */
  progress: JobProgressView | null;
}

/** `GET /api/admin/jobs?limit=&source=&status=` — queued and running first, then newest first. */
export interface AdminJobsResponse {
  jobs: AdminJob[];
}

/** `POST /api/admin/jobs` → 202 AdminJob. 409 `conflict` when a source already has a queued or running job. */
export interface StartJobBody {
  /** Source names, or `all` for every registered source that has no job queued or running. */
  sources: string[] | 'all';
  /** Re-read every file, even unchanged ones. */
  force?: boolean;
}

export interface JobFileView {
  source: string;
  relativePath: string;
  status: FileOutcome;
  reason: string;
  durationMs: number;
}

/** `GET /api/admin/jobs/{id}/files?status=failed,skipped,needs-ocr&q=&limit=&offset=` */
export interface JobFilesResponse {
  jobId: string;
  /** Matches before paging. */
  total: number;
  /** Per status, for the job's files matching `q` (ignoring the status filter), to label filter buttons. */
  counts: Record<FileOutcome, number>;
  files: JobFileView[];
}

/**
 * `GET /api/admin/jobs/{id}/events` (Server-Sent Events): `snapshot` (AdminJob, at once), then `progress`
 * (AdminJob, at most about four a second, and at least every 15 s), then `done` (AdminJob, final) and the stream
 * ends. A job that already finished gets `snapshot` and `done` straight away.
 */
export type JobEventName = 'snapshot' | 'progress' | 'done';

/** `GET /api/admin/overview?staleYears=3` */
export interface AdminOverview {
  generatedAt: string;
  documents: { total: number; searchable: number; byStatus: Record<string, number> };
  chunks: number;
  pages: number;
  /** Searchable documents per format, all sources together. */
  byFormat: Record<string, number>;
  sources: {
    name: string;
    /** False for documents of a source that is no longer configured. */
    registered: boolean;
    documents: number;
    searchable: number;
    /** Searchable documents per format. */
    byFormat: Record<string, number>;
    lastSuccessfulSync: { jobId: string; finishedAt: string } | null;
  }[];
  /** Searchable documents whose file was last modified before `cutoff`. */
  stale: {
    years: number;
    cutoff: string;
    count: number;
    oldest: { documentId: string; source: string; relativePath: string; title: string; modifiedAt: string }[];
  };
  index: {
    /** Bytes on disk of the index folder, or null for an object-store location. */
    sizeBytes: number | null;
    embeddingModel: string | null;
    embeddingRevision: string | null;
    dimensions: number | null;
    chunking: { maxTokens: number; overlapTokens: number; tokenizer: string } | null;
    updatedAt: string | null;
    /** Tables searches read now. */
    tables: { chunks: string; documents: string };
  };
  search: { mode: RetrievalMode; lexicalOnly: boolean; lexicalReason: string | null };
  /** Whether the index must be rebuilt (the embedding model or chunking changed), and a rebuild in progress. */
  rebuild: {
    needed: boolean;
    reason: string | null;
    /** Model the server would index with now. */
    serverModel: string | null;
    pending: { startedAt: string } | null;
  };
  jobs: { active: AdminJob[]; last: AdminJob | null };
}

/** `POST /api/admin/index/rebuild` → 202 AdminJob (kind `rebuild`, every source). `DELETE` discards a pending one. */
export interface RebuildBody {
  /** Start even when the index already matches the server's model and settings. */
  force?: boolean;
}
