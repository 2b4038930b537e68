import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createDutchAnalyzer } from '../ingest/dutch/index.ts';
import type { Embedder } from '../ingest/embed/embedder.ts';
import { sampleSource } from '../ingest/sample-source.ts';
import { openEmbedder, openStore } from '../ingest/services.ts';
import { loadSources } from '../ingest/sources/index.ts';
import type { IndexInfo } from '../ingest/types.ts';
import type { SearchableStore } from '../ingest/store/index.ts';
import { createOpenAiChatModel } from './answer/index.ts';
import type { AppDependencies } from './app.ts';
import type { ServerConfig } from './config.ts';
import { openAnswerStore } from './provenance/answer-store.ts';
import { loadPseudonymKey, pseudonymize } from './provenance/pseudonym.ts';
import { createRetriever } from './retrieval/index.ts';

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
  if (!index || index.embeddingModel === null) {
    return { embedder: null, lexicalReason: index?.lexicalReason ?? 'de index heeft geen vectoren' };
  }
  if (index.embeddingModel !== embedder.info.model || index.dimensions !== embedder.info.dimensions) {
    return {
      embedder: null,
      lexicalReason: `de index is gebouwd met ${index.embeddingModel}, de server heeft ${embedder.info.model}; draai de ingest opnieuw`,
    };
  }
  return { embedder, lexicalReason: null };
}

export interface ServerRuntime {
  dependencies: AppDependencies;
  store: SearchableStore;
  close(): Promise<void>;
}

export async function openServerRuntime(config: ServerConfig, logger: Logger): Promise<ServerRuntime> {
  const store = await openStore(config.ingest);
  const answers = await openAnswerStore({ uri: config.ingest.dbUri });
  const loaded = await openEmbedder(config.ingest);
  const matched = queryEmbedderFor(loaded.embedder, loaded.lexicalReason, await store.readIndexInfo());
  const analyzer = createDutchAnalyzer();
  const retriever = createRetriever({
    store,
    embedder: matched.embedder,
    queryText: (query) => analyzer.queryText(query),
    lexicalReason: matched.lexicalReason ?? undefined,
  });
  const key = await loadPseudonymKey(config.ingest.dataDir, config.pseudonymKey);
  const devUser = { ...config.devUser, pseudonym: pseudonymize(config.devUser.id, key) };
  const webRoot = path.resolve('dist', 'web');
  return {
    store,
    dependencies: {
      store,
      answers,
      retriever,
      embedder: matched.embedder,
      lexicalReason: matched.lexicalReason,
      chatModels: config.chatModels.map(createOpenAiChatModel),
      defaultChatModel: config.defaultChatModel,
      identify: () => devUser,
      sourceRoots: async () => {
        const sources = await loadSources(config.ingest.sourcesFile);
        const roots = new Map<string, string>([['voorbeeld', sampleSource(config.ingest.sampleDir).root]]);
        if (sources.ok) for (const source of sources.value) roots.set(source.name, source.root);
        return roots;
      },
      topK: config.topK,
      logger,
      webRoot: config.serveWeb && existsSync(path.join(webRoot, 'index.html')) ? webRoot : null,
    },
    async close() {
      await loaded.embedder?.close();
      await answers.close();
      await store.close();
    },
  };
}
