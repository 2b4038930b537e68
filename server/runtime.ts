import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createDutchAnalyzer, type DutchAnalyzer } from '../ingest/dutch/index.ts';
import type { Embedder } from '../ingest/embed/embedder.ts';
import { createIngestEngine } from '../ingest/engine.ts';
import { embedderFit } from '../ingest/index-settings.ts';
import { sampleSource } from '../ingest/sample-source.ts';
import { ingestSettings, openEmbedder, openStore, type OpenedEmbedder } from '../ingest/services.ts';
import { loadSources } from '../ingest/sources/index.ts';
import type { IndexInfo } from '../ingest/types.ts';
import { serializeWrites, type SearchableStore } from '../ingest/store/index.ts';
import { openAdminServices, type AdminServices } from './admin/index.ts';
import { createOpenAiChatModel } from './answer/index.ts';
import type { AppDependencies } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createKnowledgeNotes, notesSourceName, openNotesDatabase } from './notes/index.ts';
import { openAnswerStore } from './provenance/answer-store.ts';
import { loadPseudonymKey, pseudonymize } from './provenance/pseudonym.ts';
import { createRetriever, type Retriever } from './retrieval/index.ts';

/**
 * The query embedder must be the one the index was built with; otherwise vectors of two models would be
 * compared, so the server searches lexically and says why.
 */
export function queryEmbedderFor(
  embedder: Embedder | null,
  lexicalReason: string | null,
  index: IndexInfo | null,
): { embedder: Embedder | null; lexicalReason: string | null } {
  if (!embedder) return { embedder: null, lexicalReason };
  const fit = embedderFit(index, embedder.info);
  if (fit.fits) return { embedder, lexicalReason: null };
  if (fit.code === 'no_index' || fit.code === 'no_vectors') {
    return { embedder: null, lexicalReason: fit.index?.lexicalReason ?? 'de index heeft geen vectoren' };
  }
  const revisions = fit.code === 'revision_mismatch';
  const built = `${fit.index.embeddingModel}${revisions ? ` (${fit.index.embeddingRevision ?? '?'})` : ''}`;
  const loaded = `${fit.embedder.model}${revisions ? ` (${fit.embedder.revision})` : ''}`;
  return {
    embedder: null,
    lexicalReason: `de index is gebouwd met ${built}, de server heeft ${loaded}; draai de ingest opnieuw`,
  };
}

export interface ServerRuntime {
  dependencies: AppDependencies;
  store: SearchableStore;
  admin: AdminServices;
  close(): Promise<void>;
}

/**
 * `embedder`, `analyzer`: a model and a Dutch analyzer already opened for the start-up sync; the runtime takes
 * them over and closes the model.
 */
export async function openServerRuntime(
  config: ServerConfig,
  logger: Logger,
  options: { embedder?: OpenedEmbedder; analyzer?: DutchAnalyzer } = {},
): Promise<ServerRuntime> {
  // Jobs and note publishing write to the same tables: one write operation at a time.
  const store = serializeWrites(await openStore(config.ingest));
  const answers = await openAnswerStore({ file: config.answersDatabase });
  const loaded = options.embedder ?? (await openEmbedder(config.ingest));
  const analyzer = options.analyzer ?? createDutchAnalyzer();
  // Search follows the index: after a job (a first index with vectors, a switch to a rebuilt index) it is
  // matched again against the loaded model, so a re-index needs no restart.
  let matched = queryEmbedderFor(loaded.embedder, loaded.lexicalReason, await store.readIndexInfo());
  const createMatchedRetriever = (): Retriever =>
    createRetriever({
      store,
      embedder: matched.embedder,
      queryText: (query) => analyzer.queryText(query),
      lexicalReason: matched.lexicalReason ?? undefined,
    });
  let retriever = createMatchedRetriever();
  // The engine admin jobs run on: the loaded model, whatever the index was built with (a rebuild needs it).
  const engine = createIngestEngine({
    store,
    model: loaded,
    searchText: (fields) => analyzer.searchText(fields),
    logger: logger.child({ component: 'admin' }),
    settings: ingestSettings(config.ingest, { embedderLoaded: loaded.embedder !== null }),
  });
  const key = await loadPseudonymKey(config.ingest.dataDir, config.pseudonymKey);
  const notes = createKnowledgeNotes({
    database: openNotesDatabase(config.notesDatabase),
    knowledgeBase: {
      store: engine.store,
      // Read at each write: the matched embedder changes when the index does.
      get embedder() {
        return matched.embedder;
      },
      searchText: engine.searchText,
    },
    documents: store,
    answers,
    pseudonymize: (userId) => pseudonymize(userId, key),
    logger,
  });
  const synced = await notes.syncKnowledgeBase();
  if (synced.written.length + synced.removed.length + synced.failed.length > 0) {
    logger.info({ notes: synced }, 'knowledge notes brought in line with the knowledge base');
  }
  const admin = await openAdminServices({
    engine,
    sourcesFile: config.ingest.sourcesFile,
    builtInSources: config.ingestSampleOnStart ? [sampleSource(config.ingest.sampleDir)] : [],
    reservedSourceNames: [notesSourceName],
    dbUri: config.ingest.dbUri,
    schedules: config.schedules,
    searchMode: () => ({
      mode: matched.embedder ? 'hybrid' : 'lexical',
      lexicalReason: matched.embedder ? null : matched.lexicalReason,
    }),
    onIndexChanged: async () => {
      matched = queryEmbedderFor(loaded.embedder, loaded.lexicalReason, await store.readIndexInfo());
      retriever = createMatchedRetriever();
      // Notes are no folder source: a rebuilt index (or one reset by a model change) gets them from SQLite.
      await notes.syncKnowledgeBase();
    },
    logger,
  });
  const devUser = { ...config.devUser, pseudonym: pseudonymize(config.devUser.id, key) };
  const webRoot = path.resolve('dist', 'web');
  return {
    store,
    admin,
    dependencies: {
      store,
      answers,
      retriever: { retrieve: (request) => retriever.retrieve(request) },
      get embedder() {
        return matched.embedder;
      },
      get lexicalReason() {
        return matched.lexicalReason;
      },
      chatModels: config.chatModels.map(createOpenAiChatModel),
      defaultChatModel: config.defaultChatModel,
      identify: () => devUser,
      sourceRoots: async () => {
        const sources = await loadSources(config.ingest.sourcesFile);
        const sample = sampleSource(config.ingest.sampleDir);
        const roots = new Map<string, string>([[sample.name, sample.root]]);
        if (sources.ok) for (const source of sources.value) roots.set(source.name, source.root);
        return roots;
      },
      topK: config.topK,
      logger,
      webRoot: config.serveWeb && existsSync(path.join(webRoot, 'index.html')) ? webRoot : null,
      admin,
      notes,
    },
    async close() {
      await admin.close();
      notes.close();
      await loaded.embedder?.close();
      await answers.close();
      await store.close();
    },
  };
}
