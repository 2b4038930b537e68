import { z } from 'zod';
import { normalizeGroups } from '../access/index.ts';
import type {
  ChunkRecord,
  DocumentFormat,
  DocumentRecord,
  IndexInfo,
  JobFileRecord,
  JobRecord,
  StatusCounts,
} from '../types.ts';
import { emptyCounts } from '../types.ts';

/** Arrow list cells come back as Vector objects; plain arrays when written by us in the same process. */
export function stringArray(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.map(String);
  const maybeVector = value as { toArray?: () => ArrayLike<unknown> };
  if (typeof maybeVector.toArray === 'function') return Array.from(maybeVector.toArray(), String);
  return [];
}

const nullableNumber = (value: unknown): number | undefined =>
  value === null || value === undefined ? undefined : Number(value);

export function chunkToRow(chunk: ChunkRecord, withVector: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: chunk.id,
    document_id: chunk.documentId,
    chunk_set: chunk.chunkSet,
    ordinal: chunk.ordinal,
    text: chunk.text,
    search_text: chunk.searchText,
    char_start: chunk.start,
    char_end: chunk.end,
    page_start: chunk.pageStart ?? null,
    page_end: chunk.pageEnd ?? null,
    heading_path: chunk.headingPath,
    token_count: chunk.tokenCount,
    source: chunk.source,
    relative_path: chunk.relativePath,
    title: chunk.title,
    format: chunk.format,
    modified_ms: chunk.modifiedAt.getTime(),
    content_hash: chunk.contentHash,
    // Stored normalised, so the SQL access clause compares the same names as `sharesGroup`.
    access_groups: normalizeGroups(chunk.accessGroups),
  };
  if (withVector) {
    if (!chunk.vector) throw new Error(`chunk ${chunk.id} has no vector but the index has one`);
    row.vector = Array.from(chunk.vector);
  }
  return row;
}

export function rowToChunk(row: Record<string, unknown>): ChunkRecord {
  return {
    id: String(row.id),
    documentId: String(row.document_id),
    chunkSet: String(row.chunk_set),
    ordinal: Number(row.ordinal),
    text: String(row.text),
    searchText: String(row.search_text ?? ''),
    start: Number(row.char_start),
    end: Number(row.char_end),
    pageStart: nullableNumber(row.page_start),
    pageEnd: nullableNumber(row.page_end),
    headingPath: stringArray(row.heading_path),
    tokenCount: Number(row.token_count),
    source: String(row.source),
    relativePath: String(row.relative_path),
    title: String(row.title),
    format: String(row.format) as DocumentFormat,
    modifiedAt: new Date(Number(row.modified_ms)),
    contentHash: String(row.content_hash),
    accessGroups: stringArray(row.access_groups),
    ...(row.vector != null ? { vector: Float32Array.from(numberArray(row.vector)) } : {}),
  };
}

function numberArray(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  const maybeVector = value as { toArray?: () => ArrayLike<unknown> };
  return typeof maybeVector.toArray === 'function' ? Array.from(maybeVector.toArray(), Number) : [];
}

export function documentToRow(document: DocumentRecord): Record<string, unknown> {
  return {
    id: document.id,
    source: document.source,
    relative_path: document.relativePath,
    title: document.title,
    format: document.format,
    size_bytes: document.sizeBytes,
    modified_ms: document.modifiedAt.getTime(),
    content_hash: document.contentHash,
    reader_version: document.readerVersion ?? null,
    status: document.status,
    reason: document.reason,
    page_count: document.pageCount,
    chunk_count: document.chunkCount,
    chunk_set: document.chunkSet,
    access_groups: normalizeGroups(document.accessGroups),
    text: document.text,
    indexed_ms: document.indexedAt.getTime(),
  };
}

export function rowToDocument(row: Record<string, unknown>): DocumentRecord {
  return {
    id: String(row.id),
    source: String(row.source),
    relativePath: String(row.relative_path),
    title: String(row.title),
    format: String(row.format) as DocumentRecord['format'],
    sizeBytes: Number(row.size_bytes),
    modifiedAt: new Date(Number(row.modified_ms)),
    contentHash: String(row.content_hash),
    ...(typeof row.reader_version === 'string' ? { readerVersion: row.reader_version } : {}),
    status: String(row.status) as DocumentRecord['status'],
    reason: String(row.reason ?? ''),
    pageCount: Number(row.page_count),
    chunkCount: Number(row.chunk_count),
    chunkSet: String(row.chunk_set),
    accessGroups: stringArray(row.access_groups),
    text: String(row.text ?? ''),
    indexedAt: new Date(Number(row.indexed_ms)),
  };
}

const countsSchema = z.record(z.string(), z.number()).transform((value) => ({ ...emptyCounts(), ...value }));

const warningsSchema = z.array(z.string());

export function jobToRow(job: JobRecord): Record<string, unknown> {
  return {
    id: job.id,
    sources: job.sources,
    status: job.status,
    started_ms: job.startedAt.getTime(),
    finished_ms: job.finishedAt ? job.finishedAt.getTime() : null,
    counts_json: JSON.stringify(job.counts),
    pages: job.pages,
    chunks: job.chunks,
    embedding_model: job.embeddingModel,
    error: job.error,
    trigger: job.trigger,
    kind: job.kind ?? 'sync',
    resumed_from: job.resumedFrom ?? null,
    warnings_json: JSON.stringify(job.warnings ?? []),
  };
}

export function rowToJob(row: Record<string, unknown>): JobRecord {
  const counts = countsSchema.safeParse(safeJson(String(row.counts_json)));
  return {
    id: String(row.id),
    sources: stringArray(row.sources),
    status: String(row.status) as JobRecord['status'],
    startedAt: new Date(Number(row.started_ms)),
    finishedAt: row.finished_ms == null ? null : new Date(Number(row.finished_ms)),
    counts: counts.success ? (counts.data as StatusCounts) : emptyCounts(),
    pages: Number(row.pages),
    chunks: Number(row.chunks),
    embeddingModel: row.embedding_model == null ? null : String(row.embedding_model),
    error: row.error == null ? null : String(row.error),
    trigger: String(row.trigger) as JobRecord['trigger'],
    kind: row.kind === 'rebuild' ? 'rebuild' : 'sync',
    resumedFrom: row.resumed_from == null ? null : String(row.resumed_from),
    warnings: warningsSchema.safeParse(safeJson(String(row.warnings_json ?? '[]'))).data ?? [],
  };
}

export function jobFileToRow(file: JobFileRecord): Record<string, unknown> {
  return {
    job_id: file.jobId,
    source: file.source,
    relative_path: file.relativePath,
    status: file.status,
    reason: file.reason,
    duration_ms: file.durationMs,
  };
}

export function rowToJobFile(row: Record<string, unknown>): JobFileRecord {
  return {
    jobId: String(row.job_id),
    source: String(row.source),
    relativePath: String(row.relative_path),
    status: String(row.status) as JobFileRecord['status'],
    reason: String(row.reason),
    durationMs: Number(row.duration_ms),
  };
}

const indexInfoSchema = z.object({
  embeddingModel: z.string().nullable(),
  embeddingRevision: z.string().nullable(),
  dimensions: z.number().int().positive().nullable(),
  lexicalReason: z.string().nullable(),
  chunking: z.object({
    maxTokens: z.number(),
    overlapTokens: z.number(),
    tokenizer: z.string(),
    searchText: z.string().optional(),
  }),
  updatedAt: z.coerce.date(),
});

export function parseIndexInfo(json: string): IndexInfo | null {
  const parsed = indexInfoSchema.safeParse(safeJson(json));
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
