import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pMap from 'p-map';
import { chunkDocument, estimateTokens, resolveChunkOptions } from './chunk/index.ts';
import type {
  ChunkingSettings,
  IngestProgress,
  IngestRunOptions,
  IngestSummary,
  PipelineServices,
  PlannedChange,
} from './pipeline-types.ts';
import { desiredIndexInfo, indexChange } from './index-settings.ts';
import { readerIsCurrent, readerVersion } from './parse/index.ts';
import { chunkRecords, documentId, failedDocument, indexedDocument, titleFromPath } from './records.ts';
import { crawlFolder, hashFile } from './sources/index.ts';
import type { DocumentSummary, DocumentWrite } from './store/index.ts';
import type { JobFileRecord, JobRecord, SourceConfig, SourceFile } from './types.ts';
import { emptyCounts } from './types.ts';

export type * from './pipeline-types.ts';

// Flush to LanceDB in batches: every write is a table version, so one per file would bloat the index.
const batchMaxChunks = 512;
const batchMaxDocuments = 32;

interface WorkItem {
  source: SourceConfig;
  file: SourceFile;
  existing: DocumentSummary | undefined;
}

/** One ingest run over some sources: crawl, compare, parse, chunk, embed, store. Used by the CLI and the server. */
export async function runIngest(
  services: PipelineServices,
  options: IngestRunOptions,
): Promise<IngestSummary> {
  const { store, embedder, logger } = services;
  const started = Date.now();
  const countTokens = embedder ? (text: string) => embedder.countTokens(text) : estimateTokens;
  // Settings left out scale with maxTokens; resolving once gives the values the index records.
  const chunking: ChunkingSettings = resolveChunkOptions({ ...options.chunking, countTokens });
  const warnings: string[] = [];
  const repair = options.dryRun
    ? { orphanChunksRemoved: 0, documentsReset: 0, jobsInterrupted: 0 }
    : await store.repair();
  if (repair.orphanChunksRemoved + repair.documentsReset + repair.jobsInterrupted > 0) {
    logger.warn({ repair }, 'repaired the knowledge base after an interrupted run');
  }

  const wanted = desiredIndexInfo(services, chunking);
  const current = await store.readIndexInfo();
  const change = indexChange(current, wanted);
  const rebuild = change === 'rebuild';
  let force = options.force === true || rebuild;
  if (change === 'search-text' && current !== null && !options.dryRun) {
    // Same vectors and chunks, new search analysis: recompute one column instead of re-embedding everything.
    const refreshed = await store.refreshSearchText(services.searchText, { signal: options.signal });
    await store.writeIndexInfo({ ...current, chunking: wanted.chunking, updatedAt: new Date() });
    logger.info({ chunks: refreshed, to: wanted.chunking.searchText }, 'search text recomputed');
    warnings.push(
      `Zoektekst van ${refreshed} tekststukken opnieuw berekend voor een nieuwe versie van de Nederlandse zoekanalyse; de vectoren zijn behouden.`,
    );
  }
  if (rebuild && !options.dryRun) {
    logger.info(
      { from: current?.embeddingModel ?? null, to: wanted.embeddingModel },
      'index settings changed: re-embedding everything',
    );
    await store.resetChunks(wanted.dimensions);
    await store.writeIndexInfo(wanted);
    force = true;
  }

  const job: JobRecord = {
    id: options.jobId ?? newJobId(new Date(started)),
    sources: options.sources.map((source) => source.name),
    status: 'running',
    startedAt: new Date(started),
    finishedAt: null,
    counts: emptyCounts(),
    pages: 0,
    chunks: 0,
    embeddingModel: wanted.embeddingModel,
    error: null,
    trigger: options.trigger,
    kind: options.kind ?? 'sync',
    resumedFrom: options.resumedFrom ?? null,
  };
  if (!options.dryRun) await store.createJob(job);

  const progress: IngestProgress = {
    phase: 'crawling',
    filesTotal: 0,
    filesDone: 0,
    currentFile: null,
    pages: 0,
    chunks: 0,
    tokens: 0,
    counts: job.counts,
  };
  const report = () => options.onProgress?.({ ...progress, counts: { ...progress.counts } });
  const files: JobFileRecord[] = [];
  const plan: NonNullable<IngestSummary['plan']> = [];
  const pendingWrites: DocumentWrite[] = [];
  let pendingFiles: JobFileRecord[] = [];
  let changed = change !== 'none';
  let flushing: Promise<void> = Promise.resolve();

  const record = (file: JobFileRecord) => {
    files.push(file);
    pendingFiles.push(file);
    job.counts[file.status] += 1;
  };
  const flush = () => {
    const writes = pendingWrites.splice(0);
    const outcomes = pendingFiles;
    pendingFiles = [];
    if (options.dryRun) return flushing;
    flushing = flushing.then(async () => {
      if (writes.length > 0) {
        changed = true;
        await store.commit(writes, job.id);
      }
      await store.addJobFiles(outcomes);
    });
    return flushing;
  };
  const pendingChunkCount = () => pendingWrites.reduce((sum, write) => sum + write.chunks.length, 0);

  try {
    // Crawl everything first: the total makes a real ETA, and a crawl error must stop deletion for that source.
    const work: WorkItem[] = [];
    const removals: DocumentSummary[] = [];
    for (const source of options.sources) {
      const existing = new Map(
        (await store.listDocuments(source.name)).map((document) => [document.relativePath, document]),
      );
      const seen = new Set<string>();
      let crawlError: string | null = null;
      try {
        for await (const entry of crawlFolder(source, { signal: options.signal })) {
          if (entry.kind === 'skipped') {
            record({
              jobId: job.id,
              source: source.name,
              relativePath: entry.relativePath,
              status: 'skipped',
              reason: entry.reason,
              durationMs: 0,
            });
            continue;
          }
          seen.add(entry.file.relativePath);
          work.push({ source, file: entry.file, existing: existing.get(entry.file.relativePath) });
          progress.filesTotal = work.length;
          if (work.length % 50 === 0) report();
        }
      } catch (error) {
        if (options.signal?.aborted) throw error;
        crawlError = (error as Error).message;
      }
      if (crawlError) {
        warnings.push(`Bron ${source.name} kon niet worden gelezen (${crawlError}); er is niets verwijderd.`);
        continue;
      }
      const gone = [...existing.values()].filter((document) => !seen.has(document.relativePath));
      // An unmounted share looks like an empty folder; never read that as "every document was deleted".
      if (seen.size === 0 && existing.size > 0) {
        warnings.push(
          `Bron ${source.name} is leeg, maar had ${existing.size} documenten; niets verwijderd. Is de share gekoppeld?`,
        );
        continue;
      }
      removals.push(...gone);
    }
    progress.phase = 'processing';
    report();

    await pMap(
      work,
      async (item) => {
        options.signal?.throwIfAborted();
        const began = Date.now();
        progress.currentFile = `${item.source.name}/${item.file.relativePath}`;
        const outcome = await processFile(item);
        record({
          jobId: job.id,
          source: item.source.name,
          relativePath: item.file.relativePath,
          durationMs: Date.now() - began,
          ...outcome,
        });
        progress.filesDone += 1;
        report();
        if (pendingWrites.length >= batchMaxDocuments || pendingChunkCount() >= batchMaxChunks) await flush();
      },
      { concurrency: options.concurrency ?? 3, signal: options.signal },
    );

    for (const document of removals) {
      plan.push({
        source: document.source,
        relativePath: document.relativePath,
        change: 'removed',
        reason: '',
      });
      record({
        jobId: job.id,
        source: document.source,
        relativePath: document.relativePath,
        status: 'removed',
        reason: 'niet meer in de bron',
        durationMs: 0,
      });
    }
    await flush();
    if (removals.length > 0 && !options.dryRun) {
      await store.removeDocuments(removals.map((document) => document.id));
      changed = true;
    }
    progress.phase = 'finishing';
    progress.currentFile = null;
    report();
    if (!options.dryRun) {
      if (!rebuild && current === null) await store.writeIndexInfo(wanted);
      else if (changed) await store.writeIndexInfo({ ...wanted, updatedAt: new Date() });
      await store.finishRun({ changed });
    }
    job.status = 'completed';
  } catch (error) {
    await flush().catch(() => undefined);
    job.status = options.signal?.aborted ? 'cancelled' : 'failed';
    job.error = options.signal?.aborted ? 'geannuleerd' : (error as Error).message;
    if (job.status === 'failed') logger.error({ err: error }, 'ingest run failed');
  } finally {
    job.finishedAt = new Date();
    job.warnings = warnings;
    job.pages = progress.pages;
    job.chunks = progress.chunks;
    if (!options.dryRun) await store.updateJob(job);
    progress.phase = 'done';
    report();
  }
  logger.info(
    { job: job.id, status: job.status, counts: job.counts, ms: Date.now() - started },
    'ingest run finished',
  );
  return {
    job,
    files,
    durationMs: Date.now() - started,
    tokens: progress.tokens,
    lexicalReason: services.lexicalReason,
    repair,
    warnings,
    ...(options.dryRun ? { plan } : {}),
  };

  async function processFile(item: WorkItem): Promise<Pick<JobFileRecord, 'status' | 'reason'>> {
    const { source, file, existing } = item;
    const extension = path.extname(file.relativePath).toLowerCase();
    const unreadable = !options.supportedExtensions.has(extension)
      ? `formaat niet ondersteund (${extension || 'geen extensie'})`
      : file.sizeBytes > options.maxFileBytes
        ? `groter dan ${Math.round(options.maxFileBytes / 1024 / 1024)} MB`
        : null;
    let contentHash: string;
    try {
      // Files we do not read are compared by size and time; everything else by content.
      contentHash = unreadable
        ? `meta:${file.sizeBytes}:${file.modifiedAt.getTime()}`
        : await hashFile(file.absolutePath, options.signal);
    } catch (error) {
      options.signal?.throwIfAborted();
      return {
        status: 'failed',
        reason: `niet leesbaar: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      };
    }
    const reader = (options.readerVersion ?? readerVersion)(extension);
    const upToDate = existing?.contentHash === contentHash && readerIsCurrent(existing.readerVersion, reader);
    const change: PlannedChange = upToDate && !force ? 'unchanged' : existing ? 'changed' : 'new';
    if (change === 'unchanged') {
      plan.push({ source: source.name, relativePath: file.relativePath, change, reason: '' });
      return { status: 'unchanged', reason: '' };
    }
    const base = { source, file, contentHash, readerVersion: reader, chunkSet: job.id, now: new Date() };
    if (unreadable) {
      plan.push({
        source: source.name,
        relativePath: file.relativePath,
        change: 'skipped',
        reason: unreadable,
      });
      pendingWrites.push({
        document: failedDocument(base, { status: 'skipped', reason: unreadable }, 'unknown'),
        chunks: [],
      });
      return { status: 'skipped', reason: unreadable };
    }
    plan.push({ source: source.name, relativePath: file.relativePath, change, reason: '' });
    if (options.dryRun) return { status: 'indexed', reason: 'proefrun: niet gelezen' };

    const parsed = await services.parser.parse(file, { signal: options.signal });
    if (!parsed.ok) {
      pendingWrites.push({ document: failedDocument(base, parsed.reason, 'unknown'), chunks: [] });
      return parsed.reason;
    }
    const { text, chunks } = chunkDocument(parsed.value.blocks, { ...chunking, countTokens });
    const title = parsed.value.title?.trim() || titleFromPath(file.relativePath);
    const document = indexedDocument(
      base,
      {
        title,
        format: parsed.value.format,
        pageCount: parsed.value.pageCount ?? 0,
        text,
        warnings: parsed.value.warnings,
      },
      chunks.length,
    );
    if (chunks.length === 0) {
      const failure = { status: 'skipped' as const, reason: 'geen tekst gevonden' };
      pendingWrites.push({ document: failedDocument(base, failure, parsed.value.format), chunks: [] });
      return failure;
    }
    const vectors = embedder
      ? await embedder.embedPassages(
          chunks.map((chunk) => chunk.text),
          { signal: options.signal },
        )
      : null;
    progress.pages += document.pageCount;
    progress.chunks += chunks.length;
    progress.tokens += chunks.reduce((sum, chunk) => sum + chunk.tokenCount, 0);
    pendingWrites.push({ document, chunks: chunkRecords(document, chunks, services.searchText, vectors) });
    return { status: 'indexed', reason: document.reason };
  }
}

/** `20250114023000-1a2b3c4d`: sorts by start time (UTC) and needs no coordination to be unique. */
export function newJobId(startedAt: Date): string {
  return `${startedAt
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
}

export { documentId };
