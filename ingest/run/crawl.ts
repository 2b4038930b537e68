import { crawlSources, type CrawlResult } from '../crawl-sources.ts';
import type { Store } from '../store/index.ts';
import type { SourceConfig } from '../types.ts';
import type { BatchWriter } from './batch-writer.ts';
import type { ProgressTracker } from './progress.ts';

/** Lists every source's files (those the skip rules leave out are recorded as skipped), counting as it goes. */
export async function crawl(
  store: Pick<Store, 'listDocuments'>,
  sources: readonly SourceConfig[],
  context: { batches: BatchWriter; progress: ProgressTracker; jobId: string; signal?: AbortSignal },
): Promise<CrawlResult> {
  const { batches, progress } = context;
  const crawled = await crawlSources(store, sources, {
    signal: context.signal,
    onSkipped: (source, relativePath, reason) =>
      batches.record({
        jobId: context.jobId,
        source: source.name,
        relativePath,
        status: 'skipped',
        reason,
        durationMs: 0,
      }),
    onFound: (count) => {
      progress.state.filesTotal = count;
      progress.report();
    },
  });
  progress.enter('processing');
  return crawled;
}
