import { randomUUID } from 'node:crypto';
import type { IngestRunOptions } from '../pipeline-types.ts';
import type { JobRecord } from '../types.ts';
import { emptyCounts } from '../types.ts';

/** `20250114023000-1a2b3c4d`: sorts by start time (UTC) and needs no coordination to be unique. */
export function newJobId(startedAt: Date): string {
  return `${startedAt
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomUUID().slice(0, 8)}`;
}

/** The job row of a run that starts now; the run fills in its counts and outcome as it goes. */
export function runningJob(
  options: Pick<IngestRunOptions, 'jobId' | 'sources' | 'trigger' | 'kind' | 'resumedFrom'>,
  startedAt: Date,
  embeddingModel: string | null,
): JobRecord {
  return {
    id: options.jobId ?? newJobId(startedAt),
    sources: options.sources.map((source) => source.name),
    status: 'running',
    startedAt,
    finishedAt: null,
    counts: emptyCounts(),
    pages: 0,
    chunks: 0,
    embeddingModel,
    error: null,
    trigger: options.trigger,
    kind: options.kind ?? 'sync',
    resumedFrom: options.resumedFrom ?? null,
  };
}
