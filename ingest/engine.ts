/**
 * The ingest engine: made once from the configuration's settings and the opened services (store, model, Dutch
 * analyzer, logger), it runs syncs for given sources. The CLI, the server's jobs and start-up sync, the
 * evaluation and the tests all run through it, so the pipeline's services are assembled here and nowhere else.
 */
import type { Logger } from 'pino';
import type { Embedder } from './embed/embedder.ts';
import { runIngest } from './pipeline.ts';
import type { FileParser, IngestRunOptions, IngestSummary, PipelineServices } from './pipeline-types.ts';
import { dryRunStore, type Store } from './store/index.ts';

export type ClosableParser = FileParser & { close(): Promise<void> };

/** What follows from the ingest configuration alone (see `ingestSettings`). */
export interface IngestSettings {
  /** A parse pool for one sync: its workers exist only while the sync runs. */
  openParser: () => ClosableParser;
  /** Extensions (with dot, lower case) the parser handles; other files are recorded as skipped unread. */
  supportedExtensions: ReadonlySet<string>;
  maxFileBytes: number;
  /** Files processed at once. */
  concurrency: number;
}

export interface IngestEngineParts<S extends Store = Store> {
  store: S;
  /** The model to index with, or null with the reason search will be lexical only. */
  model: { embedder: Embedder | null; lexicalReason: string | null };
  searchText: PipelineServices['searchText'];
  logger: Logger;
  settings: IngestSettings;
}

/** One sync: which sources, why, and how. */
export interface SyncRequest extends Omit<
  IngestRunOptions,
  'supportedExtensions' | 'maxFileBytes' | 'concurrency'
> {
  /** Write to this store instead of the engine's (a rebuild fills new tables while the old ones serve). */
  store?: Store;
}

export interface IngestEngine<S extends Store = Store> {
  readonly store: S;
  readonly embedder: Embedder | null;
  /** Why search is lexical only; null when a model is loaded. */
  readonly lexicalReason: string | null;
  readonly searchText: PipelineServices['searchText'];
  /** Crawls, compares, reads, chunks, embeds and stores; a dry run writes nothing and returns a plan. */
  sync(request: SyncRequest): Promise<IngestSummary>;
}

export function createIngestEngine<S extends Store>(parts: IngestEngineParts<S>): IngestEngine<S> {
  const { store, model, searchText, logger, settings } = parts;
  return {
    store,
    embedder: model.embedder,
    lexicalReason: model.lexicalReason,
    searchText,
    async sync({ store: target = store, ...request }) {
      const parser = settings.openParser();
      try {
        return await runIngest(
          {
            // Chosen once: a dry run reads the real store and writes nowhere.
            store: request.dryRun ? dryRunStore(target) : target,
            parser,
            embedder: model.embedder,
            lexicalReason: model.lexicalReason,
            searchText,
            logger,
          },
          {
            supportedExtensions: settings.supportedExtensions,
            maxFileBytes: settings.maxFileBytes,
            concurrency: settings.concurrency,
            ...request,
          },
        );
      } finally {
        await parser.close().catch(() => undefined);
      }
    },
  };
}
