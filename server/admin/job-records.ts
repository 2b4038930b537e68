import type { Logger } from 'pino';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import type { PendingRebuild, SearchableStore, Store } from '../../ingest/store/index.ts';
import type { JobRecord } from '../../ingest/types.ts';
import { emptyCounts } from '../../ingest/types.ts';
import type { ActiveJob } from './job-views.ts';

/**
 * Switches readers to the rebuilt tables, unless a source could not be read completely (an unmounted share,
 * a crawl error): the rebuilt tables would then miss documents the active ones have.
 */
export async function switchToRebuilt(inputs: {
  store: SearchableStore;
  rebuilt: Store;
  rebuild: PendingRebuild;
  record: JobRecord;
  logger: Logger;
}): Promise<JobRecord> {
  const { store, rebuilt, record } = inputs;
  const problems = [...(record.warnings ?? [])];
  for (const name of record.sources) {
    const before = (await store.listDocuments(name)).length;
    if (before > 0 && (await rebuilt.listDocuments(name)).length === 0) {
      problems.push(`Bron ${name} leverde geen documenten op (is de share gekoppeld?).`);
    }
  }
  if (problems.length > 0) {
    const failed: JobRecord = {
      ...record,
      status: 'failed',
      error: `${problems.join(' ')} De huidige index blijft in gebruik; hervat de taak als de bron weer leesbaar is.`,
    };
    await store.updateJob(failed);
    return failed;
  }
  await store.completeRebuild(inputs.rebuild);
  inputs.logger.info({ job: record.id, tables: store.activeTables() }, 'switched to the rebuilt index');
  return record;
}

/** The row for a job the pipeline never ran or never finished recording (cancelled while queued, a stop). */
export function unstartedRecord(
  job: ActiveJob,
  existing: JobRecord | null,
  status: JobRecord['status'],
  error: string,
  embedder: Embedder | null,
): JobRecord {
  return {
    ...(existing ?? {
      id: job.id,
      sources: job.sources.map((source) => source.name),
      startedAt: job.startedAt ?? job.queuedAt,
      counts: emptyCounts(),
      pages: 0,
      chunks: 0,
      embeddingModel: embedder?.info.model ?? null,
      trigger: job.trigger,
      kind: job.kind,
      resumedFrom: job.resumedFrom,
      warnings: [],
    }),
    status,
    finishedAt: new Date(),
    error,
  };
}
