import { randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { estimateTokens, resolveChunkOptions } from './chunk/index.ts';
import { crawlSources } from './crawl-sources.ts';
import { desiredIndexInfo, indexChange } from './index-settings.ts';
import type {
  ChunkingSettings,
  IngestProgress,
  IngestRunOptions,
  IngestSummary,
  PipelineServices,
} from './pipeline-types.ts';
import { processFile, type FileStepContext } from './process-file.ts';
import { documentId } from './records.ts';
import type { DocumentWrite } from './store/index.ts';
import type { JobFileRecord, JobRecord } from './types.ts';
import { emptyCounts } from './types.ts';

export type * from './pipeline-types.ts';

// Flush to LanceDB in batches: every write is a table version, so one per file would bloat the index.
const batchMaxChunks = 512;
const batchMaxDocuments = 32;

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
  const fileStep: FileStepContext = { services, options, chunking, countTokens, force, chunkSet: job.id };

  try {
    const {
      work,
      removals,
      warnings: crawlWarnings,
    } = await crawlSources(store, options.sources, {
      signal: options.signal,
      onSkipped: (source, relativePath, reason) =>
        record({
          jobId: job.id,
          source: source.name,
          relativePath,
          status: 'skipped',
          reason,
          durationMs: 0,
        }),
      onFound: (count) => {
        progress.filesTotal = count;
        report();
      },
    });
    warnings.push(...crawlWarnings);
    progress.phase = 'processing';
    report();

    await pMap(
      work,
      async (item) => {
        options.signal?.throwIfAborted();
        const began = Date.now();
        progress.currentFile = `${item.source.name}/${item.file.relativePath}`;
        const step = await processFile(item, fileStep);
        const where = { source: item.source.name, relativePath: item.file.relativePath };
        if (step.planned) plan.push({ ...where, ...step.planned });
        if (step.write) pendingWrites.push(step.write);
        progress.pages += step.pages;
        progress.chunks += step.chunks;
        progress.tokens += step.tokens;
        record({
          jobId: job.id,
          ...where,
          status: step.status,
          reason: step.reason,
          durationMs: Date.now() - began,
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
}

/** `20250114023000-1a2b3c4d`: sorts by start time (UTC) and needs no coordination to be unique. */
export function newJobId(startedAt: Date): string {
  return `${startedAt
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
}

export { documentId };
