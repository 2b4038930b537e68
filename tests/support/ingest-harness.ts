import path from 'node:path';
import pino from 'pino';
import { createDutchAnalyzer, dutchFtsOptions } from '../../ingest/dutch/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { createParsePool, reportedExtensions, supportedExtensions } from '../../ingest/parse/index.ts';
import { createIngestEngine, type SyncRequest } from '../../ingest/engine.ts';
import type { IngestSummary } from '../../ingest/pipeline.ts';
import { ALL_STAFF_GROUP } from '../../ingest/sources/index.ts';
import { openLanceStore, type Store } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';

/** A real knowledge base in a temporary folder: real LanceDB, real parse workers, an embedder of the test's choice. */
export interface Harness {
  store: Store;
  ingest(
    sources: SourceConfig[],
    options?: Partial<SyncRequest> & { embedder?: Embedder | null },
  ): Promise<IngestSummary>;
  close(): Promise<void>;
}

/**
 * Generous on purpose: the suite must pass on a loaded machine (a sample PDF took over 30 s at load 27), and
 * the tests of the parse timeout itself make pools of their own.
 */
export const testParseTimeoutMs = 120_000;

export async function openHarness(
  dir: string,
  options: { embedder?: Embedder | null } = {},
): Promise<Harness> {
  const store = await openLanceStore({ uri: path.join(dir, 'index'), ftsOptions: dutchFtsOptions });
  const parser = createParsePool({ workers: 2, timeoutMs: testParseTimeoutMs });
  const analyzer = createDutchAnalyzer();
  const logger = pino({ level: 'silent' });
  const settings = {
    // One pool for the harness's life, lent to each sync: starting workers per sync would slow the tests.
    openParser: () => ({ parse: parser.parse.bind(parser), close: async () => undefined }),
    supportedExtensions: new Set([...supportedExtensions, ...reportedExtensions]),
    maxFileBytes: 50 * 1024 * 1024,
    concurrency: 3,
  };
  return {
    store,
    ingest(sources, { embedder: chosen, ...request } = {}) {
      // An engine per run: a test may index with another model than the last run.
      const embedder = chosen !== undefined ? chosen : (options.embedder ?? null);
      const engine = createIngestEngine({
        store,
        model: { embedder, lexicalReason: embedder ? null : 'test zonder model' },
        searchText: (fields) => analyzer.searchText(fields),
        logger,
        settings,
      });
      return engine.sync({ trigger: 'cli', ...request, sources });
    },
    async close() {
      await parser.close();
      await store.close();
    },
  };
}

export function folderSource(
  name: string,
  root: string,
  accessGroups: string[] = [ALL_STAFF_GROUP],
): SourceConfig {
  return { name, root, include: [], exclude: [], accessGroups };
}

/** The invariants a consistent knowledge base keeps, whatever happened before. Returns the problems found. */
export async function consistencyProblems(
  store: Store,
  options: { ignoreUncommittedChunks?: boolean } = {},
): Promise<string[]> {
  const problems: string[] = [];
  const documents = await store.listDocuments();
  const chunks = await store.listChunks();
  const ids = new Set<string>();
  for (const chunk of chunks) {
    if (ids.has(chunk.id)) problems.push(`duplicate chunk id ${chunk.id}`);
    ids.add(chunk.id);
  }
  const byDocument = new Map<string, number>();
  const documentById = new Map(documents.map((document) => [document.id, document]));
  for (const chunk of chunks) {
    const document = documentById.get(chunk.documentId);
    const current = document?.chunkSet === chunk.chunkSet;
    if (!current && !options.ignoreUncommittedChunks) {
      problems.push(
        document
          ? `chunk ${chunk.id} is stale (document has ${document.chunkSet})`
          : `chunk ${chunk.id} has no document`,
      );
    }
    if (current) byDocument.set(chunk.documentId, (byDocument.get(chunk.documentId) ?? 0) + 1);
  }
  for (const document of documents) {
    const count = byDocument.get(document.id) ?? 0;
    if (document.status === 'indexed' && count !== document.chunkCount) {
      problems.push(`${document.relativePath}: ${count} chunks stored, ${document.chunkCount} recorded`);
    }
    if (document.status !== 'indexed' && count > 0)
      problems.push(`${document.relativePath} (${document.status}) has chunks`);
  }
  const paths = new Set<string>();
  for (const document of documents) {
    const key = `${document.source}/${document.relativePath}`;
    if (paths.has(key)) problems.push(`duplicate document ${key}`);
    paths.add(key);
  }
  return problems;
}
