/**
 * A knowledge base of an evaluation corpus, built by the production pipeline with the production settings:
 * the corpus is written as files, crawled, parsed in the parse pool, chunked, embedded by the configured model
 * (or not), analysed by the Dutch analyzer and stored in LanceDB. It is cached under a key of the dataset, the
 * settings and the code that shapes the index, so a second evaluation starts at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { defaultChunkOptions } from '../../ingest/chunk/index.ts';
import type { IngestConfig } from '../../ingest/config.ts';
import {
  createDutchAnalyzer,
  dutchFtsOptions,
  systemWordListPath,
  type DutchAnalyzer,
} from '../../ingest/dutch/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { createIngestEngine } from '../../ingest/engine.ts';
import { ingestSettings, openEmbedder, openStore } from '../../ingest/services.ts';
import type { SearchableStore } from '../../ingest/store/index.ts';
import type { ChunkRecord, JobFileRecord } from '../../ingest/types.ts';
import { writeCorpusFiles } from './corpus-files.ts';
import type { Dataset } from './dataset.ts';

/** The group every evaluation chunk carries and every evaluation query reads with. */
export const evalAccessGroup = 'eval';
const sourceName = 'eval';
// Bumped when the layout of the cache or of the written corpus files changes.
const cacheFormat = 2;

export interface EvalKnowledgeBaseOptions {
  dataset: Dataset;
  /** Production settings (embedding model, parse limits); the database location is replaced by the cache. */
  config: IngestConfig;
  cacheRoot: string;
  rebuild?: boolean;
  logger: Logger;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
}

export interface EvalKnowledgeBase {
  store: SearchableStore;
  embedder: Embedder | null;
  lexicalReason: string | null;
  analyzer: DutchAnalyzer;
  /** The corpus id a chunk came from. */
  corpusIdOf(chunk: ChunkRecord): string | undefined;
  dir: string;
  /** False when a cached index was reused. */
  built: boolean;
  buildMs: number;
  documents: number;
  chunks: number;
  /** Corpus entries that did not end up searchable, with the pipeline's reason. */
  notIndexed: { id: string; status: string; reason: string }[];
  close(): Promise<void>;
}

interface CacheRecord {
  format: number;
  key: string;
  files: Record<string, string>;
  buildMs: number;
  notIndexed: EvalKnowledgeBase['notIndexed'];
}

const codeDirs = ['../../ingest/dutch/', '../../ingest/chunk/', '../../ingest/store/'];
const codeFiles = [
  '../../ingest/records.ts',
  '../../ingest/parse/html.ts',
  '../../ingest/parse/html-blocks.ts',
];

/** Source of the stages that decide what is indexed: any change to them invalidates cached indexes. */
async function codeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = codeFiles.map((file) => fileURLToPath(new URL(file, import.meta.url)));
  for (const dir of codeDirs) {
    const folder = fileURLToPath(new URL(dir, import.meta.url));
    const names = (await readdir(folder)).filter(
      (name) => /\.(ts|txt)$/.test(name) && !name.endsWith('.test.ts'),
    );
    files.push(...names.sort().map((name) => path.join(folder, name)));
  }
  for (const file of files) hash.update(file).update(await readFile(file));
  // The system word list feeds compound splitting when it is installed.
  const wordList = existsSync(systemWordListPath) ? statSync(systemWordListPath) : null;
  hash.update(wordList ? `${wordList.size}:${wordList.mtimeMs}` : 'no word list');
  return hash.digest('hex');
}

async function cacheKey(dataset: Dataset, embedder: Embedder | null, config: IngestConfig): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ cacheFormat, chunking: defaultChunkOptions, fts: dutchFtsOptions }));
  hash.update(JSON.stringify(embedder ? { ...embedder.info, dtype: config.embedding.dtype } : null));
  for (const entry of dataset.corpus) hash.update(`${entry.id}\u0000${entry.title}\u0000${entry.text}\u0000`);
  hash.update(await codeFingerprint());
  return hash.digest('hex').slice(0, 16);
}

async function readCache(dir: string, key: string): Promise<CacheRecord | null> {
  try {
    const record = JSON.parse(await readFile(path.join(dir, 'ready.json'), 'utf8')) as CacheRecord;
    return record.format === cacheFormat && record.key === key ? record : null;
  } catch {
    return null;
  }
}

function describeFailure(file: JobFileRecord, files: Map<string, string>) {
  return { id: files.get(file.relativePath) ?? file.relativePath, status: file.status, reason: file.reason };
}

export async function openEvalKnowledgeBase(options: EvalKnowledgeBaseOptions): Promise<EvalKnowledgeBase> {
  const { dataset, logger, signal } = options;
  const progress = options.onProgress ?? (() => undefined);
  const { embedder, lexicalReason } = await openEmbedder(options.config, { signal });
  const key = await cacheKey(dataset, embedder, options.config);
  const dir = path.resolve(options.cacheRoot, `${dataset.name}-${key}`);
  const config: IngestConfig = { ...options.config, dbUri: path.join(dir, 'index') };
  const analyzer = createDutchAnalyzer();

  let record = options.rebuild ? null : await readCache(dir, key);
  const built = record === null;
  if (record === null) {
    await rm(dir, { recursive: true, force: true });
    const docsDir = path.join(dir, 'docs');
    progress(`corpus schrijven (${dataset.corpus.length} documenten)`);
    const files = await writeCorpusFiles(dataset.corpus, docsDir, { signal });
    const started = performance.now();
    const store = await openStore(config);
    const engine = createIngestEngine({
      store,
      model: { embedder, lexicalReason },
      searchText: (fields) => analyzer.searchText(fields),
      logger,
      settings: ingestSettings(config, { embedderLoaded: embedder !== null }),
    });
    try {
      progress('indexeren met de productie-pipeline');
      const summary = await engine.sync({
        sources: [
          { name: sourceName, root: docsDir, include: [], exclude: [], accessGroups: [evalAccessGroup] },
        ],
        trigger: 'cli',
        signal,
        onProgress: (state) => {
          if (state.phase === 'processing' && state.filesDone % 500 === 0 && state.filesDone > 0)
            progress(`${state.filesDone} / ${state.filesTotal} documenten`);
        },
      });
      if (summary.job.status !== 'completed') {
        throw new Error(`indexeren mislukte (${summary.job.status}): ${summary.job.error ?? ''}`);
      }
      record = {
        format: cacheFormat,
        key,
        files: Object.fromEntries(files),
        buildMs: performance.now() - started,
        notIndexed: summary.files
          .filter((file) => file.status !== 'indexed')
          .map((file) => describeFailure(file, files)),
      };
    } finally {
      await store.close();
    }
    // The files were only the way in; the index keeps the text.
    await rm(docsDir, { recursive: true, force: true });
    await writeFile(path.join(dir, 'ready.json'), JSON.stringify(record));
  }

  const files = new Map(Object.entries(record.files));
  const store = await openStore(config);
  const stats = await store.stats();
  return {
    store,
    embedder,
    lexicalReason,
    analyzer,
    corpusIdOf: (chunk) => files.get(chunk.relativePath),
    dir,
    built,
    buildMs: record.buildMs,
    documents: stats.byStatus.indexed ?? 0,
    chunks: stats.chunks,
    notIndexed: record.notIndexed,
    async close() {
      await embedder?.close();
      await store.close();
    },
  };
}
