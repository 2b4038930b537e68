/** Admin wire data as the server sends it, for tests: a source, jobs in each state, files, the overview. */
import type {
  AdminJob,
  AdminOverview,
  AdminSource,
  FileOutcome,
  JobFilesResponse,
  JobFileView,
  JobProgressView,
} from '../../../../server/contract/index.ts';

export const jobId = '20250301020000-0123abcd';

export const counts = (
  overrides: Partial<Record<FileOutcome, number>> = {},
): Record<FileOutcome, number> => ({
  indexed: 0,
  unchanged: 0,
  skipped: 0,
  'needs-ocr': 0,
  failed: 0,
  removed: 0,
  ...overrides,
});

export function adminSource(overrides: Partial<AdminSource> = {}): AdminSource {
  return {
    name: 'beleid',
    root: '/mnt/beleid',
    include: [],
    exclude: ['archief/**'],
    accessGroups: ['medewerkers'],
    schedule: '0 2 * * *',
    nextRunAt: '2025-03-02T01:00:00.000Z',
    builtIn: false,
    rootProblem: null,
    documents: 12,
    searchableDocuments: 11,
    chunks: 151,
    lastSuccessfulSync: { jobId, finishedAt: '2025-03-01T02:00:05.000Z' },
    activeJob: null,
    ...overrides,
  };
}

export function progress(overrides: Partial<JobProgressView> = {}): JobProgressView {
  return {
    phase: 'processing',
    filesTotal: 12,
    filesDone: 5,
    currentFile: 'beleid/nota-parkeren.pdf',
    pages: 8,
    chunks: 60,
    counts: counts({ indexed: 4, failed: 1 }),
    elapsedMs: 2_500,
    filesPerSecond: 2.4,
    etaSeconds: 3,
    percent: 41.7,
    ...overrides,
  };
}

export function adminJob(overrides: Partial<AdminJob> = {}): AdminJob {
  return {
    id: jobId,
    kind: 'sync',
    sources: ['beleid'],
    status: 'completed',
    trigger: 'server',
    force: false,
    queuedAt: null,
    startedAt: '2025-03-01T02:00:00.000Z',
    finishedAt: '2025-03-01T02:00:05.000Z',
    durationMs: 4_900,
    counts: counts({ indexed: 11, failed: 1 }),
    filesProcessed: 12,
    pages: 18,
    chunks: 151,
    throughput: { filesPerSecond: 2.45, pagesPerSecond: 3.67, chunksPerSecond: 30.8 },
    embeddingModel: null,
    error: null,
    warnings: [],
    resumedFrom: null,
    resumable: false,
    cancelRequested: false,
    progress: null,
    ...overrides,
  };
}

export function runningJob(overrides: Partial<JobProgressView> = {}, job: Partial<AdminJob> = {}): AdminJob {
  const live = progress(overrides);
  return adminJob({
    status: 'running',
    queuedAt: '2025-03-01T02:00:00.000Z',
    finishedAt: null,
    durationMs: null,
    counts: live.counts,
    throughput: null,
    progress: live,
    ...job,
  });
}

export const brokenFile: JobFileView = {
  source: 'beleid',
  relativePath: 'kapot.pdf',
  status: 'failed',
  reason: 'beschadigde PDF: Invalid PDF structure.',
  durationMs: 40,
};

export function jobFilesResponse(
  files: JobFileView[] = [brokenFile],
  total = files.length,
): JobFilesResponse {
  return { jobId, total, counts: counts({ indexed: 11, failed: 1 }), files };
}

export function overviewResponse(overrides: Partial<AdminOverview> = {}): AdminOverview {
  return {
    generatedAt: '2025-03-01T03:00:00.000Z',
    documents: { total: 12, searchable: 11, byStatus: { indexed: 11, failed: 1 } },
    chunks: 151,
    pages: 18,
    byFormat: { pdf: 4, docx: 3, markdown: 2, html: 2 },
    sources: [
      {
        name: 'beleid',
        registered: true,
        documents: 12,
        searchable: 11,
        byFormat: { pdf: 4, docx: 3, markdown: 2, html: 2 },
        lastSuccessfulSync: { jobId, finishedAt: '2025-03-01T02:00:05.000Z' },
      },
    ],
    stale: {
      years: 3,
      cutoff: '2022-03-01T03:00:00.000Z',
      count: 1,
      oldest: [
        {
          documentId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
          source: 'beleid',
          relativePath: 'oud/nota-1998.pdf',
          title: 'Nota parkeren 1998',
          modifiedAt: '1998-05-01T00:00:00.000Z',
        },
      ],
    },
    index: {
      sizeBytes: 12_345_678,
      embeddingModel: null,
      embeddingRevision: null,
      dimensions: null,
      chunking: { maxTokens: 256, overlapTokens: 40, tokenizer: 'estimate' },
      updatedAt: '2025-03-01T02:00:05.000Z',
      tables: { chunks: 'chunks', documents: 'documents' },
    },
    search: {
      mode: 'lexical',
      lexicalOnly: true,
      lexicalReason: 'geen embeddingmodel ingesteld (VRAAGBAAK_EMBEDDING_MODEL=none)',
    },
    rebuild: { needed: false, reason: null, serverModel: null, pending: null },
    jobs: { active: [], last: adminJob() },
    ...overrides,
  };
}
