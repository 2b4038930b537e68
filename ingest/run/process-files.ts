/**
 * The middle of a run: every file found is compared, and read, chunked and embedded when it changed, a few at
 * a time; outcomes and writes go to the batch writer, which writes a batch whenever one is full.
 */
import pMap from 'p-map';
import type { WorkItem } from '../crawl-sources.ts';
import type { IngestRunOptions, IngestSummary } from '../pipeline-types.ts';
import { processFile, type FileStepContext } from '../process-file.ts';
import type { BatchWriter } from './batch-writer.ts';
import type { ProgressTracker } from './progress.ts';

export type Plan = NonNullable<IngestSummary['plan']>;

export interface FilesStepContext {
  fileStep: FileStepContext;
  batches: BatchWriter;
  progress: ProgressTracker;
  plan: Plan;
  jobId: string;
  options: Pick<IngestRunOptions, 'signal' | 'concurrency'>;
}

export async function processFiles(work: WorkItem[], context: FilesStepContext): Promise<void> {
  const { batches, progress, plan, options } = context;
  const figures = progress.state;
  await pMap(
    work,
    async (item) => {
      options.signal?.throwIfAborted();
      const began = Date.now();
      figures.currentFile = `${item.source.name}/${item.file.relativePath}`;
      const step = await processFile(item, context.fileStep);
      const where = { source: item.source.name, relativePath: item.file.relativePath };
      if (step.planned) plan.push({ ...where, ...step.planned });
      if (step.write) batches.add(step.write);
      figures.pages += step.pages;
      figures.chunks += step.chunks;
      figures.tokens += step.tokens;
      batches.record({
        jobId: context.jobId,
        ...where,
        status: step.status,
        reason: step.reason,
        durationMs: Date.now() - began,
      });
      figures.filesDone += 1;
      progress.report();
      if (batches.full) await batches.flush();
    },
    { concurrency: options.concurrency ?? 3, signal: options.signal },
  );
}
