import type { Logger } from 'pino';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import type { FileParser, PipelineServices } from '../../ingest/pipeline-types.ts';
import type { SearchableStore } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { RetrievalMode } from '../api-types.ts';
import { JobRunner } from './job-runner.ts';
import { Scheduler } from './scheduler.ts';
import { SourceRegistry } from './source-registry.ts';

export interface AdminOptions {
  store: SearchableStore;
  sourcesFile: string;
  /** Sources that exist without being in the file (the example corpus). */
  builtInSources: SourceConfig[];
  /** Source names other parts of the server write under (the knowledge notes): no folder source may take them. */
  reservedSourceNames?: string[];
  dbUri: string;
  /** The model jobs index with; null: lexical only, because of `lexicalReason`. */
  embedder: Embedder | null;
  lexicalReason: string | null;
  openParser: () => FileParser & { close(): Promise<void> };
  searchText: PipelineServices['searchText'];
  supportedExtensions: ReadonlySet<string>;
  maxFileBytes: number;
  concurrency: number;
  schedules: { enabled: boolean; timezone: string };
  /** How search works right now (it may be lexical because the index does not match the model). */
  searchMode: () => { mode: RetrievalMode; lexicalReason: string | null };
  /** After every job, so search can pick up new tables or a first index with vectors. */
  onIndexChanged?: () => Promise<void>;
  logger: Logger;
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
  const runner: JobRunner = new JobRunner({
    store: options.store,
    listSources: () => sources.listOrEmpty(),
    embedder: options.embedder,
    lexicalReason: options.lexicalReason,
    openParser: options.openParser,
    searchText: options.searchText,
    supportedExtensions: options.supportedExtensions,
    maxFileBytes: options.maxFileBytes,
    concurrency: options.concurrency,
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
    store: options.store,
    runner,
    onChange: () => scheduler.reload(),
  });
  await runner.open();
  await scheduler.reload();
  return {
    store: options.store,
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
