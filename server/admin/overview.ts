import type { DocumentSummary, SearchableStore } from '../../ingest/store/index.ts';
import type { JobRecord } from '../../ingest/types.ts';
import type { RetrievalMode } from '../contract/index.ts';
import type { AdminOverview } from '../contract/admin-overview.ts';
import { folderSize } from './folder-size.ts';
import { finishedJobView } from './job-views.ts';
import type { JobRunner } from './job-runner.ts';

export interface OverviewInputs {
  store: SearchableStore;
  runner: Pick<JobRunner, 'activeJobs' | 'indexState'>;
  registered: string[];
  /** LanceDB location; its size is measured when it is a local folder. */
  dbUri: string;
  searchMode: () => { mode: RetrievalMode; lexicalReason: string | null };
  staleYears: number;
  now?: Date;
}

const oldestListed = 10;

/** The knowledge base at a glance, for the console's front page. */
export async function buildOverview(inputs: OverviewInputs): Promise<AdminOverview> {
  const { store } = inputs;
  const now = inputs.now ?? new Date();
  const [documents, jobs, state, sizeBytes] = await Promise.all([
    store.listDocuments(),
    store.listJobs({ limit: Number.MAX_SAFE_INTEGER }),
    inputs.runner.indexState(),
    folderSize(inputs.dbUri),
  ]);
  const searchable = documents.filter((document) => document.status === 'indexed');
  const byStatus: Record<string, number> = {};
  for (const document of documents) byStatus[document.status] = (byStatus[document.status] ?? 0) + 1;

  const cutoff = new Date(now);
  cutoff.setFullYear(cutoff.getFullYear() - inputs.staleYears);
  const stale = searchable
    .filter((document) => document.modifiedAt < cutoff)
    .sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime());
  const search = inputs.searchMode();
  const info = state.current;
  const [lastJob] = jobs;
  return {
    generatedAt: now.toISOString(),
    documents: { total: documents.length, searchable: searchable.length, byStatus },
    chunks: searchable.reduce((sum, document) => sum + document.chunkCount, 0),
    pages: searchable.reduce((sum, document) => sum + document.pageCount, 0),
    byFormat: countBy(searchable, (document) => document.format),
    sources: sourceRows(documents, jobs, inputs.registered),
    stale: {
      years: inputs.staleYears,
      cutoff: cutoff.toISOString(),
      count: stale.length,
      oldest: stale.slice(0, oldestListed).map((document) => ({
        documentId: document.id,
        source: document.source,
        relativePath: document.relativePath,
        title: document.title,
        modifiedAt: document.modifiedAt.toISOString(),
      })),
    },
    index: {
      sizeBytes,
      embeddingModel: info?.embeddingModel ?? null,
      embeddingRevision: info?.embeddingRevision ?? null,
      dimensions: info?.dimensions ?? null,
      chunking: info?.chunking ?? null,
      updatedAt: info?.updatedAt.toISOString() ?? null,
      tables: store.activeTables(),
    },
    search: {
      mode: search.mode,
      lexicalOnly: search.mode === 'lexical',
      lexicalReason: search.lexicalReason,
    },
    rebuild: {
      needed: state.rebuildNeeded,
      reason: state.reason,
      serverModel: state.wanted.embeddingModel,
      pending: state.pending ? { startedAt: state.pending.startedAt.toISOString() } : null,
    },
    jobs: { active: inputs.runner.activeJobs(), last: lastJob ? finishedJobView(lastJob) : null },
  };
}

function sourceRows(documents: DocumentSummary[], jobs: JobRecord[], registered: string[]) {
  const names = [...new Set([...registered, ...documents.map((document) => document.source)])];
  return names.map((name) => {
    const own = documents.filter((document) => document.source === name);
    const searchable = own.filter((document) => document.status === 'indexed');
    return {
      name,
      registered: registered.includes(name),
      documents: own.length,
      searchable: searchable.length,
      byFormat: countBy(searchable, (document) => document.format),
      lastSuccessfulSync: lastSuccessfulSync(jobs, name),
    };
  });
}

/** Newest completed job that included the source; `jobs` come newest first. */
export function lastSuccessfulSync(
  jobs: JobRecord[],
  source: string,
): { jobId: string; finishedAt: string } | null {
  const job = jobs.find(
    (candidate) =>
      candidate.status === 'completed' && candidate.finishedAt && candidate.sources.includes(source),
  );
  return job?.finishedAt ? { jobId: job.id, finishedAt: job.finishedAt.toISOString() } : null;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
