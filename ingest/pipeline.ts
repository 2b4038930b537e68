/**
 * One ingest run over some sources, composed of its steps: repair, index settings, crawl and compare,
 * per-file processing with batched writes, removals, finish. A dry run is the same run against a store that
 * writes nothing (`dryRunStore`), chosen by the engine; here it only means "do not read the files".
 * Callers use the engine (`engine.ts`), which assembles the services.
 */
import { estimateTokens, resolveChunkOptions } from './chunk/index.ts';
import type {
  ChunkingSettings,
  IngestRunOptions,
  IngestSummary,
  PipelineServices,
} from './pipeline-types.ts';
import { documentId } from './records.ts';
import { crawl } from './run/crawl.ts';
import { BatchWriter } from './run/batch-writer.ts';
import { finishIndex, removeGone } from './run/finish-run.ts';
import { runningJob } from './run/job.ts';
import { prepareIndex, repairStore } from './run/prepare-index.ts';
import { processFiles, type Plan } from './run/process-files.ts';
import { trackProgress } from './run/progress.ts';

export type * from './pipeline-types.ts';
export { newJobId } from './run/job.ts';

export async function runIngest(
  services: PipelineServices,
  options: IngestRunOptions,
): Promise<IngestSummary> {
  const { store, embedder, logger } = services;
  const { signal } = options;
  const started = Date.now();
  const countTokens = embedder ? (text: string) => embedder.countTokens(text) : estimateTokens;
  // Settings left out scale with maxTokens; resolving once gives the values the index records.
  const chunking: ChunkingSettings = resolveChunkOptions({ ...options.chunking, countTokens });
  const repair = await repairStore(services);
  const index = await prepareIndex(services, chunking, signal);
  const warnings = [...index.warnings];
  const force = options.force === true || index.change === 'rebuild';

  const job = runningJob(options, new Date(started), index.wanted.embeddingModel);
  await store.createJob(job);
  const progress = trackProgress(job.counts, options.onProgress);
  const batches = new BatchWriter(store, job, index.change !== 'none');
  const plan: Plan = [];
  const fileStep = { services, options, chunking, countTokens, force, chunkSet: job.id };
  try {
    const crawled = await crawl(store, options.sources, { batches, progress, jobId: job.id, signal });
    warnings.push(...crawled.warnings);
    await processFiles(crawled.work, { fileStep, batches, progress, plan, jobId: job.id, options });
    await removeGone(crawled.removals, { store, batches, plan, jobId: job.id });
    progress.enter('finishing');
    await finishIndex(store, index.wanted, batches.changed);
    job.status = 'completed';
  } catch (error) {
    await batches.flush().catch(() => undefined);
    job.status = signal?.aborted ? 'cancelled' : 'failed';
    job.error = signal?.aborted ? 'geannuleerd' : (error as Error).message;
    if (job.status === 'failed') logger.error({ err: error }, 'ingest run failed');
  } finally {
    job.finishedAt = new Date();
    job.warnings = warnings;
    job.pages = progress.state.pages;
    job.chunks = progress.state.chunks;
    await store.updateJob(job);
    progress.enter('done');
  }
  logger.info(
    { job: job.id, status: job.status, counts: job.counts, ms: Date.now() - started },
    'ingest run finished',
  );
  return {
    job,
    files: batches.files,
    durationMs: Date.now() - started,
    tokens: progress.state.tokens,
    lexicalReason: services.lexicalReason,
    repair,
    warnings,
    ...(options.dryRun ? { plan } : {}),
  };
}

export { documentId };
