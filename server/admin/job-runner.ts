import type { Logger } from 'pino';
import type { IngestEngine } from '../../ingest/engine.ts';
import { newJobId } from '../../ingest/pipeline.ts';
import type { IngestProgress } from '../../ingest/pipeline-types.ts';
import { fail, ok, type Result } from '../../ingest/result.ts';
import type { PendingRebuild, SearchableStore, Store } from '../../ingest/store/index.ts';
import type { JobKind, JobRecord, SourceConfig } from '../../ingest/types.ts';
import type { AdminJob } from '../contract/admin-jobs.ts';
import { indexState, type IndexState } from './index-state.ts';
import { switchToRebuilt, unstartedRecord } from './job-records.ts';
import { activeJobView, finishedJobView, type ActiveJob } from './job-views.ts';
import { ProgressHub } from './progress-hub.ts';

export interface JobRunnerOptions {
  /** Runs the jobs, over its store, with the model the server indexes with (not necessarily the one the
   * index was built with); a parse pool per job, so workers exist only while a job runs. */
  engine: IngestEngine<SearchableStore>;
  /** Every source a job may name, built-in ones included, as configured now. */
  listSources: () => Promise<SourceConfig[]>;
  logger: Logger;
  /** After every job: what search reads may have changed (new tables, a first index with vectors). */
  onIndexChanged?: () => Promise<void>;
  /** For times in messages; default Europe/Amsterdam. */
  timezone?: string;
}

export interface StartRequest {
  sources: string[] | 'all';
  trigger: JobRecord['trigger'];
  force?: boolean;
  kind?: JobKind;
  resumedFrom?: string;
}

export interface RunnerFailure {
  code: 'not_found' | 'conflict' | 'bad_request';
  message: string;
}

/**
 * Runs ingest jobs for the server on the same pipeline as the CLI. Jobs run one at a time: they share the
 * store, and a run's repair step and the index-wide writes (a full-text rebuild, compaction, a model switch)
 * must not meet another run's half-written batch. A second job waits its turn in a queue; a second job for a
 * source that already has one is refused.
 */
export class JobRunner {
  readonly hub = new ProgressHub();
  private readonly active = new Map<string, ActiveJob>();
  private running: { job: ActiveJob; finished: Promise<void> } | null = null;
  private maintenance: string | null = null;
  private closing = false;

  private readonly store: SearchableStore;

  constructor(private readonly options: JobRunnerOptions) {
    this.store = options.engine.store;
  }

  /** Marks jobs a previous process left `running` as `interrupted` (and repairs what it half wrote). */
  async open(): Promise<number> {
    const report = await this.store.repair();
    if (report.jobsInterrupted > 0) {
      this.options.logger.warn(
        { repair: report },
        'jobs left running by a stopped server marked interrupted',
      );
    }
    return report.jobsInterrupted;
  }

  indexState(): Promise<IndexState> {
    const { engine } = this.options;
    return indexState(engine.store, engine.embedder, engine.lexicalReason);
  }

  /** Queues a job; it starts at once when no other job runs. */
  async start(request: StartRequest): Promise<Result<AdminJob, RunnerFailure>> {
    if (this.closing)
      return fail({ code: 'conflict', message: 'De server stopt; er worden geen taken gestart.' });
    const kind = request.kind ?? 'sync';
    const registered = await this.options.listSources();
    if (kind === 'sync') {
      const state = await this.indexState();
      if (state.rebuildNeeded) {
        return fail({
          code: 'conflict',
          message: `${state.reason} Herindexeer eerst alles (POST /api/admin/index/rebuild); tot dan blijft de huidige index in gebruik.`,
        });
      }
    }
    // From here on nothing awaits, so two requests cannot both pass the check for the same source.
    const wanted = kind === 'rebuild' ? 'all' : request.sources;
    let sources: SourceConfig[];
    if (wanted === 'all') {
      sources = registered.filter((source) => kind === 'rebuild' || !this.jobFor(source.name));
      if (registered.length === 0)
        return fail({ code: 'bad_request', message: 'Er zijn nog geen bronnen ingesteld.' });
      if (sources.length === 0)
        return fail({
          code: 'conflict',
          message: 'Voor alle bronnen staat al een taak klaar of loopt er een.',
        });
    } else {
      if (wanted.length === 0) return fail({ code: 'bad_request', message: 'Kies ten minste één bron.' });
      sources = [];
      for (const name of new Set(wanted)) {
        const source = registered.find((candidate) => candidate.name === name);
        if (!source) return fail({ code: 'not_found', message: `Onbekende bron: ${name}.` });
        sources.push(source);
      }
    }
    for (const source of sources) {
      const busy = this.jobFor(source.name);
      if (busy) {
        return fail({
          code: 'conflict',
          message: busyMessage(source.name, busy, this.options.timezone ?? 'Europe/Amsterdam'),
        });
      }
    }
    if (this.maintenance) return fail({ code: 'conflict', message: this.maintenance });
    const queuedAt = new Date();
    const job: ActiveJob = {
      id: newJobId(queuedAt),
      kind,
      sources,
      trigger: request.trigger,
      force: request.force === true,
      resumedFrom: request.resumedFrom ?? null,
      state: 'queued',
      queuedAt,
      startedAt: null,
      processingSince: null,
      progress: null,
      controller: new AbortController(),
      cancelRequested: false,
    };
    this.active.set(job.id, job);
    this.options.logger.info(
      { job: job.id, kind, sources: sources.map((source) => source.name), trigger: job.trigger },
      'job queued',
    );
    this.pump();
    return ok(activeJobView(job));
  }

  /** Starts a new job for the sources of a stopped one; the incremental sync skips what it already did. */
  async resume(
    jobId: string,
    trigger: JobRecord['trigger'] = 'server',
  ): Promise<Result<AdminJob, RunnerFailure>> {
    if (this.active.has(jobId)) return fail({ code: 'conflict', message: `Taak ${jobId} loopt nog.` });
    const stopped = await this.store.getJob(jobId);
    if (!stopped) return fail({ code: 'not_found', message: `Taak ${jobId} bestaat niet.` });
    if (!finishedJobView(stopped).resumable) {
      return fail({
        code: 'conflict',
        message: `Taak ${jobId} is ${stopped.status}; er is niets te hervatten.`,
      });
    }
    const registered = new Set((await this.options.listSources()).map((source) => source.name));
    const sources = stopped.sources.filter((name) => registered.has(name));
    if (sources.length === 0)
      return fail({ code: 'conflict', message: `De bronnen van taak ${jobId} bestaan niet meer.` });
    return this.start({ sources, trigger, kind: stopped.kind ?? 'sync', resumedFrom: jobId });
  }

  /** A queued job is dropped at once; a running one stops at the next file and keeps what it committed. */
  async cancel(jobId: string): Promise<Result<AdminJob, RunnerFailure>> {
    const job = this.active.get(jobId);
    if (!job) {
      const stored = await this.store.getJob(jobId);
      if (!stored) return fail({ code: 'not_found', message: `Taak ${jobId} bestaat niet.` });
      return fail({ code: 'conflict', message: `Taak ${jobId} is al klaar (${stored.status}).` });
    }
    job.cancelRequested = true;
    if (job.state === 'queued') {
      this.active.delete(jobId);
      const record = await this.recordUnstarted(job, 'cancelled', 'geannuleerd voordat de taak begon');
      this.hub.notify(jobId);
      return ok(finishedJobView(record));
    }
    job.controller.abort(new Error('geannuleerd'));
    this.hub.notify(jobId);
    return ok(activeJobView(job));
  }

  /** A job as the console shows it: live figures while it is active, the stored record after. */
  async describe(jobId: string): Promise<AdminJob | null> {
    const job = this.active.get(jobId);
    if (job) return activeJobView(job);
    const stored = await this.store.getJob(jobId);
    return stored ? finishedJobView(stored) : null;
  }

  /** Queued and running jobs, running first. */
  activeJobs(): AdminJob[] {
    return [...this.active.values()]
      .sort((a, b) => (a.state === b.state ? 0 : a.state === 'running' ? -1 : 1))
      .map((job) => activeJobView(job));
  }

  activeJobFor(source: string): { id: string; status: 'queued' | 'running' } | null {
    const job = this.jobFor(source);
    return job ? { id: job.id, status: job.state } : null;
  }

  /**
   * Runs `work` while no job runs or waits, and keeps jobs from starting meanwhile (removing a source's
   * documents must not meet a job's writes). Refused, not queued, when a job is active.
   */
  async exclusively<T>(reason: string, work: () => Promise<T>): Promise<Result<T, RunnerFailure>> {
    const [busy] = this.active.values();
    if (busy) {
      return fail({
        code: 'conflict',
        message: `Er ${busy.state === 'running' ? 'loopt' : 'wacht'} een taak (${busy.id}); probeer het als die klaar is, of annuleer hem.`,
      });
    }
    if (this.maintenance) return fail({ code: 'conflict', message: this.maintenance });
    this.maintenance = `Even geduld: ${reason}.`;
    try {
      return ok(await work());
    } finally {
      this.maintenance = null;
      this.pump();
    }
  }

  /**
   * Stops for a server shutdown: the running job stops and is recorded `interrupted`, queued jobs are
   * recorded `interrupted` too; all can be resumed after the restart.
   */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of [...this.active.values()]) {
      if (job.state !== 'queued') continue;
      this.active.delete(job.id);
      await this.recordUnstarted(job, 'interrupted', 'de server stopte voordat de taak begon').catch(
        () => null,
      );
      this.hub.notify(job.id);
    }
    if (this.running) {
      this.running.job.controller.abort(new Error('de server stopt'));
      await this.running.finished;
    }
  }

  private jobFor(source: string): ActiveJob | undefined {
    for (const job of this.active.values()) {
      if (job.sources.some((candidate) => candidate.name === source)) return job;
    }
    return undefined;
  }

  private pump(): void {
    if (this.running || this.maintenance || this.closing) return;
    const next = [...this.active.values()].find((job) => job.state === 'queued');
    if (!next) return;
    next.state = 'running';
    next.startedAt = new Date();
    this.hub.notify(next.id);
    const finished = this.execute(next).finally(() => {
      this.active.delete(next.id);
      this.running = null;
      this.hub.notify(next.id);
      this.pump();
    });
    this.running = { job: next, finished };
  }

  private async execute(job: ActiveJob): Promise<void> {
    const { engine, logger } = this.options;
    const store = this.store;
    let record: JobRecord;
    try {
      let target: Store = store;
      let rebuild: PendingRebuild | null = null;
      if (job.kind === 'rebuild') {
        ({ rebuild, store: target } = await store.beginRebuild());
      } else {
        // The model may have changed while this job waited.
        const state = await this.indexState();
        if (state.rebuildNeeded) throw new Error(`${state.reason} Herindexeer eerst alles.`);
      }
      const summary = await engine.sync({
        store: target,
        sources: job.sources,
        trigger: job.trigger,
        jobId: job.id,
        kind: job.kind,
        resumedFrom: job.resumedFrom,
        force: job.force,
        signal: job.controller.signal,
        onProgress: (progress) => this.onProgress(job, progress),
      });
      record = summary.job;
      if (record.status === 'cancelled' && this.closing && !job.cancelRequested) {
        record = { ...record, status: 'interrupted', error: 'de server stopte tijdens de taak' };
        await store.updateJob(record);
      }
      if (rebuild && record.status === 'completed') {
        record = await switchToRebuilt({ store, rebuilt: target, rebuild, record, logger });
      }
    } catch (error) {
      // Failed before the pipeline could record the job (or while switching over): record it here.
      logger.error({ err: error, job: job.id }, 'job failed');
      const message = (error as Error).message;
      record = await this.recordUnstarted(job, 'failed', message).catch(() =>
        unstartedRecord(job, null, 'failed', message, engine.embedder),
      );
    }
    logger.info({ job: job.id, status: record.status, counts: record.counts }, 'job finished');
    await this.options.onIndexChanged?.().catch((error: unknown) => {
      logger.error({ err: error }, 'refreshing search after a job failed');
    });
  }

  private onProgress(job: ActiveJob, progress: IngestProgress): void {
    if (progress.phase !== 'crawling' && job.processingSince === null) job.processingSince = Date.now();
    job.progress = progress;
    this.hub.notify(job.id);
  }

  /** A job row for a job the pipeline never ran (cancelled while queued, refused, or a server stop). */
  private async recordUnstarted(
    job: ActiveJob,
    status: JobRecord['status'],
    error: string,
  ): Promise<JobRecord> {
    const existing = await this.store.getJob(job.id);
    const record = unstartedRecord(job, existing, status, error, this.options.engine.embedder);
    await this.store.updateJob(record);
    return record;
  }
}

function busyMessage(source: string, job: ActiveJob, timeZone: string): string {
  const time = (date: Date) =>
    date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone });
  return job.state === 'running' && job.startedAt
    ? `Er loopt al een taak voor bron ${source} (gestart om ${time(job.startedAt)}, taak ${job.id}).`
    : `Er staat al een taak klaar voor bron ${source} (sinds ${time(job.queuedAt)}, taak ${job.id}).`;
}
