import type { Cron } from 'croner';
import type { Logger } from 'pino';
import { parseSchedule } from '../../ingest/sources/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { JobRunner } from './job-runner.ts';

export interface SchedulerOptions {
  /** False (`VRAAGBAAK_SCHEDULES=false`): no source is synced on its schedule. */
  enabled: boolean;
  timezone: string;
  listSources: () => Promise<SourceConfig[]>;
  runner: Pick<JobRunner, 'start'>;
  logger: Logger;
}

/**
 * Runs each source's sync on its cron schedule inside the server. A run that comes due while the source
 * still has a job is skipped (and logged), never stacked.
 */
export class Scheduler {
  private readonly timers = new Map<string, Cron>();
  private reloading: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {}

  get enabled(): boolean {
    return this.options.enabled;
  }

  get timezone(): string {
    return this.options.timezone;
  }

  /** Re-reads the sources and sets every timer again; call after any change to a source. */
  reload(): Promise<void> {
    this.reloading = this.reloading
      .then(() => this.apply())
      .catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'schedules could not be loaded');
      });
    return this.reloading;
  }

  nextRun(source: string): Date | null {
    return this.timers.get(source)?.nextRun() ?? null;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) timer.stop();
    this.timers.clear();
  }

  private async apply(): Promise<void> {
    const sources = this.options.enabled && !this.stopped ? await this.options.listSources() : [];
    for (const timer of this.timers.values()) timer.stop();
    this.timers.clear();
    if (this.stopped) return;
    for (const source of sources) {
      if (!source.schedule) continue;
      try {
        // Unref'd: a pending schedule never keeps the process alive on its own.
        const timer = parseSchedule(source.schedule, { timezone: this.options.timezone, unref: true });
        timer.schedule(() => this.fire(source.name));
        this.timers.set(source.name, timer);
      } catch (error) {
        this.options.logger.error({ err: error, source: source.name }, 'invalid schedule ignored');
      }
    }
  }

  private async fire(source: string): Promise<void> {
    try {
      const started = await this.options.runner.start({ sources: [source], trigger: 'schedule' });
      if (started.ok) this.options.logger.info({ source, job: started.value.id }, 'scheduled sync started');
      else this.options.logger.warn({ source, reason: started.reason.message }, 'scheduled sync skipped');
    } catch (error) {
      this.options.logger.error({ err: error, source }, 'scheduled sync could not start');
    }
  }
}
