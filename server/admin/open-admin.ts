import type { SearchableStore } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { RetrievalMode } from '../contract/index.ts';
import { JobRunner, type JobRunnerOptions } from './job-runner.ts';
import { Scheduler } from './scheduler.ts';
import { SourceRegistry } from './source-registry.ts';

/** The job runner's engine (its store, model, parser and limits), plus what the console adds around it. */
export interface AdminOptions extends Pick<JobRunnerOptions, 'engine' | 'onIndexChanged' | 'logger'> {
  sourcesFile: string;
  /** Sources that exist without being in the file (the example corpus). */
  builtInSources: SourceConfig[];
  /** Source names other parts of the server write under (the knowledge notes): no folder source may take them. */
  reservedSourceNames?: string[];
  dbUri: string;
  schedules: { enabled: boolean; timezone: string };
  /** How search works right now (it may be lexical because the index does not match the model). */
  searchMode: () => { mode: RetrievalMode; lexicalReason: string | null };
}

/** What the admin routes use. */
export interface AdminServices {
  store: SearchableStore;
  runner: JobRunner;
  sources: SourceRegistry;
  scheduler: Scheduler;
  dbUri: string;
  searchMode: AdminOptions['searchMode'];
  /** Stops schedules and the running job (recorded as interrupted, to resume after the restart). */
  close(): Promise<void>;
}

/** Builds the job runner, the source registry and the scheduler; marks jobs a crash left running as interrupted. */
export async function openAdminServices(options: AdminOptions): Promise<AdminServices> {
  const logger = options.logger.child({ component: 'admin' });
  const { store } = options.engine;
  const runner: JobRunner = new JobRunner({
    engine: options.engine,
    listSources: () => sources.listOrEmpty(),
    logger,
    onIndexChanged: options.onIndexChanged,
    timezone: options.schedules.timezone,
  });
  const scheduler = new Scheduler({
    enabled: options.schedules.enabled,
    timezone: options.schedules.timezone,
    listSources: () => sources.listOrEmpty(),
    runner,
    logger,
  });
  const sources: SourceRegistry = new SourceRegistry({
    sourcesFile: options.sourcesFile,
    builtIn: options.builtInSources,
    reservedNames: options.reservedSourceNames,
    store,
    runner,
    onChange: () => scheduler.reload(),
  });
  await runner.open();
  await scheduler.reload();
  return {
    store,
    runner,
    sources,
    scheduler,
    dbUri: options.dbUri,
    searchMode: options.searchMode,
    async close() {
      scheduler.stop();
      await runner.close();
    },
  };
}
