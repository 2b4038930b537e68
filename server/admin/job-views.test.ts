import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../ingest/types.ts';
import { activeJobView, finishedJobView, type ActiveJob } from './job-views.ts';

const job = (overrides: Partial<ActiveJob> = {}): ActiveJob => ({
  id: '20250101000000-0123abcd',
  kind: 'sync',
  sources: [{ name: 'beleid', root: '/mnt/beleid', include: [], exclude: [], accessGroups: ['medewerkers'] }],
  trigger: 'server',
  force: false,
  resumedFrom: null,
  state: 'running',
  queuedAt: new Date(0),
  startedAt: new Date(1_000),
  processingSince: 2_000,
  progress: null,
  controller: new AbortController(),
  cancelRequested: false,
  ...overrides,
});

describe('job views', () => {
  it('computes rate, ETA and percentage from the processing phase only', () => {
    const view = activeJobView(
      job({
        progress: {
          phase: 'processing',
          filesTotal: 100,
          filesDone: 20,
          currentFile: 'beleid/a.pdf',
          pages: 40,
          chunks: 80,
          tokens: 0,
          counts: { ...emptyCounts(), indexed: 20 },
        },
      }),
      12_000,
    );
    expect(view.progress).toMatchObject({
      phase: 'processing',
      elapsedMs: 11_000,
      filesPerSecond: 2,
      etaSeconds: 40,
      percent: 20,
      currentFile: 'beleid/a.pdf',
    });
    expect(view).toMatchObject({ status: 'running', filesProcessed: 20, throughput: null, resumable: false });
  });

  it('has no ETA or percentage while crawling or queued', () => {
    expect(
      activeJobView(job({ state: 'queued', startedAt: null, processingSince: null }), 5_000).progress,
    ).toMatchObject({
      phase: 'queued',
      etaSeconds: null,
      percent: null,
    });
    const crawling = activeJobView(
      job({
        processingSince: null,
        progress: {
          phase: 'crawling',
          filesTotal: 50,
          filesDone: 0,
          currentFile: null,
          pages: 0,
          chunks: 0,
          tokens: 0,
          counts: emptyCounts(),
        },
      }),
      5_000,
    );
    expect(crawling.progress).toMatchObject({
      phase: 'crawling',
      filesTotal: 50,
      etaSeconds: null,
      percent: null,
    });
  });

  it('gives a finished job its duration and throughput, and says whether it can be resumed', () => {
    const view = finishedJobView({
      id: '20250101000000-0123abcd',
      sources: ['beleid'],
      status: 'interrupted',
      startedAt: new Date(0),
      finishedAt: new Date(10_000),
      counts: { ...emptyCounts(), indexed: 30, failed: 5, unchanged: 100 },
      pages: 200,
      chunks: 500,
      embeddingModel: null,
      error: 'het proces stopte tijdens de taak',
      trigger: 'schedule',
    });
    expect(view).toMatchObject({
      kind: 'sync',
      durationMs: 10_000,
      filesProcessed: 35,
      throughput: { filesPerSecond: 3.5, pagesPerSecond: 20, chunksPerSecond: 50 },
      resumable: true,
      resumedFrom: null,
      warnings: [],
    });
  });
});
