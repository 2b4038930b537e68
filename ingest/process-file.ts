/**
 * One file of a run: compare it with what the knowledge base holds, and when it changed, read, chunk and
 * embed it. Returns what to write and what to report; the run decides when to write.
 */
import path from 'node:path';
import { chunkDocument } from './chunk/index.ts';
import type { WorkItem } from './crawl-sources.ts';
import type {
  ChunkingSettings,
  IngestRunOptions,
  PipelineServices,
  PlannedChange,
} from './pipeline-types.ts';
import { readerIsCurrent, readerVersion } from './parse/index.ts';
import { chunkRecords, failedDocument, indexedDocument, titleFromPath } from './records.ts';
import { hashFile } from './sources/index.ts';
import type { DocumentWrite } from './store/index.ts';
import type { JobFileRecord } from './types.ts';

export interface FileStepContext {
  services: Pick<PipelineServices, 'parser' | 'embedder' | 'searchText'>;
  options: Pick<
    IngestRunOptions,
    'supportedExtensions' | 'maxFileBytes' | 'readerVersion' | 'dryRun' | 'signal'
  >;
  chunking: ChunkingSettings;
  countTokens: (text: string) => number;
  /** Read every file again, changed or not (a rebuild, or `--force`). */
  force: boolean;
  /** The chunk set new chunks are written in: the job's id. */
  chunkSet: string;
}

export interface FileStepResult extends Pick<JobFileRecord, 'status' | 'reason'> {
  /** What a dry run reports for the file; absent when the file could not even be compared. */
  planned?: { change: PlannedChange; reason: string };
  write?: DocumentWrite;
  pages: number;
  chunks: number;
  tokens: number;
}

const nothingRead = { pages: 0, chunks: 0, tokens: 0 };

/** Why a file is not read at all, or null when it is. */
function unreadableReason(extension: string, sizeBytes: number, context: FileStepContext): string | null {
  const { supportedExtensions, maxFileBytes } = context.options;
  if (!supportedExtensions.has(extension))
    return `formaat niet ondersteund (${extension || 'geen extensie'})`;
  if (sizeBytes > maxFileBytes) return `groter dan ${Math.round(maxFileBytes / 1024 / 1024)} MB`;
  return null;
}

export async function processFile(item: WorkItem, context: FileStepContext): Promise<FileStepResult> {
  const { source, file, existing } = item;
  const { services, options } = context;
  const extension = path.extname(file.relativePath).toLowerCase();
  const unreadable = unreadableReason(extension, file.sizeBytes, context);
  let contentHash: string;
  try {
    // Files we do not read are compared by size and time; everything else by content.
    contentHash = unreadable
      ? `meta:${file.sizeBytes}:${file.modifiedAt.getTime()}`
      : await hashFile(file.absolutePath, options.signal);
  } catch (error) {
    options.signal?.throwIfAborted();
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { status: 'failed', reason: `niet leesbaar: ${code}`, ...nothingRead };
  }
  const reader = (options.readerVersion ?? readerVersion)(extension);
  const upToDate = existing?.contentHash === contentHash && readerIsCurrent(existing.readerVersion, reader);
  const change: PlannedChange = upToDate && !context.force ? 'unchanged' : existing ? 'changed' : 'new';
  if (change === 'unchanged') {
    return { status: 'unchanged', reason: '', planned: { change, reason: '' }, ...nothingRead };
  }
  const base = {
    source,
    file,
    contentHash,
    readerVersion: reader,
    chunkSet: context.chunkSet,
    now: new Date(),
  };
  if (unreadable) {
    const failure = { status: 'skipped' as const, reason: unreadable };
    return {
      ...failure,
      planned: { change: 'skipped', reason: unreadable },
      write: { document: failedDocument(base, failure, 'unknown'), chunks: [] },
      ...nothingRead,
    };
  }
  const planned = { change, reason: '' };
  if (options.dryRun) return { status: 'indexed', reason: 'proefrun: niet gelezen', planned, ...nothingRead };

  const parsed = await services.parser.parse(file, { signal: options.signal });
  if (!parsed.ok) {
    const write = { document: failedDocument(base, parsed.reason, 'unknown'), chunks: [] };
    return { ...parsed.reason, planned, write, ...nothingRead };
  }
  const { text, chunks } = chunkDocument(parsed.value.blocks, {
    ...context.chunking,
    countTokens: context.countTokens,
  });
  if (chunks.length === 0) {
    const failure = { status: 'skipped' as const, reason: 'geen tekst gevonden' };
    const write = { document: failedDocument(base, failure, parsed.value.format), chunks: [] };
    return { ...failure, planned, write, ...nothingRead };
  }
  const document = indexedDocument(
    base,
    {
      title: parsed.value.title?.trim() || titleFromPath(file.relativePath),
      format: parsed.value.format,
      pageCount: parsed.value.pageCount ?? 0,
      text,
      warnings: parsed.value.warnings,
    },
    chunks.length,
  );
  const vectors = services.embedder
    ? await services.embedder.embedPassages(
        chunks.map((chunk) => chunk.text),
        { signal: options.signal },
      )
    : null;
  return {
    status: 'indexed',
    reason: document.reason,
    planned,
    write: { document, chunks: chunkRecords(document, chunks, services.searchText, vectors) },
    pages: document.pageCount,
    chunks: chunks.length,
    tokens: chunks.reduce((sum, chunk) => sum + chunk.tokenCount, 0),
  };
}
