import type { Logger } from 'pino';
import type { IngestConfig } from './config.ts';
import { createDutchAnalyzer, dutchFtsOptions, type DutchAnalyzer } from './dutch/index.ts';
import { describeEmbedderLoadFailure, loadEmbedder } from './embed/index.ts';
import type { Embedder } from './embed/embedder.ts';
import { createParsePool, reportedExtensions, supportedExtensions } from './parse/index.ts';
import { createIngestEngine, type IngestEngine, type IngestSettings } from './engine.ts';
import { openLanceStore, type SearchableStore } from './store/index.ts';

/**
 * Opens the embedding model, or says in plain words why search will be lexical only: the reason is stored
 * with the index and shown to admins and users, so the words are chosen here, for every entry point.
 */
export async function openEmbedder(
  config: IngestConfig,
  options: { signal?: AbortSignal } = {},
): Promise<{ embedder: Embedder | null; lexicalReason: string | null }> {
  if (config.embedding.model === null) {
    return {
      embedder: null,
      lexicalReason: 'geen embeddingmodel ingesteld (VRAAGBAAK_EMBEDDING_MODEL=none)',
    };
  }
  const loaded = await loadEmbedder({
    model: config.embedding.model,
    modelsDir: config.embedding.modelsDir,
    allowDownload: config.embedding.allowDownload,
    dtype: config.embedding.dtype,
    signal: options.signal,
  });
  if (loaded.ok) return { embedder: loaded.value, lexicalReason: null };
  return {
    embedder: null,
    lexicalReason: `embeddingmodel ${config.embedding.model} niet geladen: ${describeEmbedderLoadFailure(loaded.reason)}`,
  };
}

export async function openStore(config: IngestConfig): Promise<SearchableStore> {
  return openLanceStore({ uri: config.dbUri, ftsOptions: dutchFtsOptions });
}

/**
 * Parse workers when not configured. With an embedding model, embedding (~15 chunks/s) is far slower than
 * parsing (~40 text-PDF pages/s per worker), and each pdf.js worker holds ~280 MB at peak: one worker keeps
 * a run with the model under 1.5 GB. Without a model, parsing is the work, so two.
 */
export function parseWorkers(config: IngestConfig, embedderLoaded: boolean): number {
  return config.parse.workers ?? (embedderLoaded ? 1 : 2);
}

/** The parts of a run that follow from configuration alone; they go into the engine (`createIngestEngine`). */
export function ingestSettings(
  config: IngestConfig,
  options: { embedderLoaded?: boolean } = {},
): IngestSettings {
  return {
    openParser: () =>
      createParsePool({
        workers: parseWorkers(config, options.embedderLoaded ?? false),
        timeoutMs: config.parse.timeoutMs,
        maxMemoryMb: config.parse.maxMemoryMb,
        maxFileBytes: config.parse.maxFileBytes,
      }),
    // Reported types (.doc, .xlsx, …) go to the parser too, which answers with advice rather than a bare "unsupported".
    supportedExtensions: new Set([...supportedExtensions, ...reportedExtensions]),
    maxFileBytes: config.parse.maxFileBytes,
    concurrency: parseWorkers(config, options.embedderLoaded ?? false) + 1,
  };
}

export type OpenedEmbedder = Awaited<ReturnType<typeof openEmbedder>>;

/** An engine that owns what it opened: `close` closes the store and the model it opened itself. */
export type OwnedIngestEngine = IngestEngine<SearchableStore> & { close(): Promise<void> };

/**
 * The ingest engine for one process, built from the parsed configuration. `embedder` and `analyzer`: ones the
 * caller opened and keeps (the server loads its model and its lexicon once, for the start-up sync and for
 * serving); that embedder is not closed here.
 */
export async function openIngestEngine(
  config: IngestConfig,
  logger: Logger,
  options: { embedder?: OpenedEmbedder; analyzer?: DutchAnalyzer } = {},
): Promise<OwnedIngestEngine> {
  const store = await openStore(config);
  const model = options.embedder ?? (await openEmbedder(config));
  const analyzer = options.analyzer ?? createDutchAnalyzer();
  const engine = createIngestEngine({
    store,
    model,
    searchText: (fields) => analyzer.searchText(fields),
    logger,
    settings: ingestSettings(config, { embedderLoaded: model.embedder !== null }),
  });
  return {
    ...engine,
    async close() {
      if (!options.embedder) await model.embedder?.close();
      await store.close();
    },
  };
}
