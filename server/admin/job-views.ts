import type { IngestProgress } from '../../ingest/pipeline-types.ts';
import type { JobRecord, SourceConfig, StatusCounts } from '../../ingest/types.ts';
import { emptyCounts } from '../../ingest/types.ts';
import type { AdminJob, JobProgressView } from '../contract/admin-jobs.ts';

/** A job the runner holds in memory: waiting its turn, or running. */
export interface ActiveJob {
  id: string;
  kind: 'sync' | 'rebuild';
  sources: SourceConfig[];
  trigger: JobRecord['trigger'];
  force: boolean;
  resumedFrom: string | null;
  state: 'queued' | 'running';
  queuedAt: Date;
  startedAt: Date | null;
  /** When the pipeline moved from crawling to processing; the rate is measured from here. */
  processingSince: number | null;
  progress: IngestProgress | null;
  controller: AbortController;
  cancelRequested: boolean;
}

const resumableStatuses = new Set(['interrupted', 'cancelled', 'failed']);

/** Files the job read or judged; unchanged and removed files cost next to nothing. */
export const filesProcessed = (counts: StatusCounts): number =>
  counts.indexed + counts.skipped + counts['needs-ocr'] + counts.failed;

const perSecond = (amount: number, milliseconds: number) =>
  milliseconds > 0 ? Math.round((amount / (milliseconds / 1000)) * 100) / 100 : 0;

export function finishedJobView(job: JobRecord): AdminJob {
  const durationMs = job.finishedAt ? job.finishedAt.getTime() - job.startedAt.getTime() : null;
  const processed = filesProcessed(job.counts);
  return {
    id: job.id,
    kind: job.kind ?? 'sync',
    sources: job.sources,
    status: job.status,
    trigger: job.trigger,
    force: false,
    queuedAt: null,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    durationMs,
    counts: { ...emptyCounts(), ...job.counts },
    filesProcessed: processed,
    pages: job.pages,
    chunks: job.chunks,
    throughput:
      durationMs === null
        ? null
        : {
            filesPerSecond: perSecond(processed, durationMs),
            pagesPerSecond: perSecond(job.pages, durationMs),
            chunksPerSecond: perSecond(job.chunks, durationMs),
          },
    embeddingModel: job.embeddingModel,
    error: job.error,
    warnings: job.warnings ?? [],
    resumedFrom: job.resumedFrom ?? null,
    resumable: resumableStatuses.has(job.status),
    cancelRequested: false,
    progress: null,
  };
}

export function activeJobView(job: ActiveJob, now = Date.now()): AdminJob {
  const counts = { ...emptyCounts(), ...job.progress?.counts };
  const elapsedMs = job.startedAt ? now - job.startedAt.getTime() : 0;
  return {
    id: job.id,
    kind: job.kind,
    sources: job.sources.map((source) => source.name),
    status: job.state,
    trigger: job.trigger,
    force: job.force,
    queuedAt: job.queuedAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: null,
    durationMs: null,
    counts,
    filesProcessed: filesProcessed(counts),
    pages: job.progress?.pages ?? 0,
    chunks: job.progress?.chunks ?? 0,
    throughput: null,
    embeddingModel: null,
    error: null,
    warnings: [],
    resumedFrom: job.resumedFrom,
    resumable: false,
    cancelRequested: job.cancelRequested,
    progress: progressView(job, elapsedMs, now),
  };
}

export function progressView(job: ActiveJob, elapsedMs: number, now: number): JobProgressView {
  const progress = job.progress;
  if (job.state === 'queued' || !progress) {
    return {
      phase: job.state === 'queued' ? 'queued' : 'crawling',
      filesTotal: 0,
      filesDone: 0,
      currentFile: null,
      pages: 0,
      chunks: 0,
      counts: emptyCounts(),
      elapsedMs,
      filesPerSecond: 0,
      etaSeconds: null,
      percent: null,
    };
  }
  const processingMs = job.processingSince === null ? 0 : now - job.processingSince;
  const filesPerSecond = perSecond(progress.filesDone, processingMs);
  const remaining = Math.max(progress.filesTotal - progress.filesDone, 0);
  const known = progress.phase !== 'crawling';
  return {
    phase: progress.phase,
    filesTotal: progress.filesTotal,
    filesDone: progress.filesDone,
    currentFile: progress.currentFile,
    pages: progress.pages,
    chunks: progress.chunks,
    counts: { ...emptyCounts(), ...progress.counts },
    elapsedMs,
    filesPerSecond,
    etaSeconds: known && filesPerSecond > 0 ? Math.ceil(remaining / filesPerSecond) : null,
    percent: !known
      ? null
      : progress.filesTotal === 0
        ? 100
        : Math.min(100, Math.round((progress.filesDone / progress.filesTotal) * 1000) / 10),
  };
}
