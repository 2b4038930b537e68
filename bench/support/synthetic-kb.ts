/**
 * Builds (or reopens) a synthetic knowledge base of a given number of chunks through the real store, for
 * benchmarks: Dutch-looking text of ~200 words per chunk, 384-dimensional unit vectors clustered by topic,
 * four sources with different access groups, the Dutch full-text index, and optionally a vector index.
 * A finished build is marked in `bench-kb.json` and reused by later runs with the same settings.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { dutchFtsOptions } from '../../ingest/dutch/index.ts';
import { openLanceStore, type SearchableStore } from '../../ingest/store/index.ts';
import { createRandom, unitVector } from './random.ts';
import {
  build,
  createGenerator,
  embedderInfo,
  syntheticSources,
  type SyntheticSource,
} from './synthetic-content.ts';
import { createSyntheticEmbedder, type SyntheticEmbedder } from './synthetic-embedder.ts';

export { syntheticSources, type SyntheticSource } from './synthetic-content.ts';

export type VectorIndexKind = 'none' | 'ivf-flat' | 'ivf-pq' | 'ivf-hnsw-sq';

export interface SyntheticKnowledgeBaseOptions {
  /** Folder of the knowledge base (a LanceDB folder); rebuilt when it holds anything else. */
  dir: string;
  chunks: number;
  dimensions?: number;
  seed?: number;
  wordsPerChunk?: number;
  onProgress?: (message: string) => void;
}

export interface SyntheticQuery {
  text: string;
  vector: Float32Array;
}

export interface SyntheticKnowledgeBase {
  store: SearchableStore;
  uri: string;
  /** Answers `embedQuery` for the texts of `queries()` with their vectors; its model matches the index. */
  embedder: SyntheticEmbedder;
  sources: readonly SyntheticSource[];
  /** Groups of a typical reader: sees about 70% of the chunks. */
  readerGroups: string[];
  chunkCount: number;
  documentCount: number;
  /** False when an earlier build was reused. */
  built: boolean;
  buildMs: number;
  vectorIndex: VectorIndexKind;
  /** Questions of 2-5 topic words (plus question words), each with a vector near its topic. */
  queries(count: number, seed?: number): SyntheticQuery[];
  /** Creates a vector index on the chunks (replacing another kind); no-op when that kind is there. */
  ensureVectorIndex(kind: Exclude<VectorIndexKind, 'none'>): Promise<{ built: boolean; ms: number }>;
  /**
   * Adds or drops a LABEL_LIST index on `access_groups`, which serves the access filter of every search.
   * Stores already open keep the indexes they saw when they first read the table: use `openStore` after.
   */
  setAccessIndex(present: boolean): Promise<{ changed: boolean; ms: number }>;
  /** A second store on the same folder (the caller closes it). */
  openStore(): Promise<SearchableStore>;
  /** Opens the raw LanceDB chunks table, for measurements the store does not expose. */
  openChunksTable(): Promise<lancedb.Table>;
  close(): Promise<void>;
}

const questionStarts = [
  'Hoe zit het met',
  'Wat zijn de regels voor',
  'Wanneer geldt',
  'Wie gaat over',
  'Waar vind ik',
];
const markerFile = 'bench-kb.json';
const formatVersion = 3;

interface Marker {
  version: number;
  chunks: number;
  documents: number;
  dimensions: number;
  seed: number;
  wordsPerChunk: number;
  vectorIndex: VectorIndexKind;
}

export async function openSyntheticKnowledgeBase(
  options: SyntheticKnowledgeBaseOptions,
): Promise<SyntheticKnowledgeBase> {
  const dimensions = options.dimensions ?? 384;
  const seed = options.seed ?? 20_250_101;
  const wordsPerChunk = options.wordsPerChunk ?? 200;
  const progress = options.onProgress ?? (() => {});
  const uri = path.resolve(options.dir);
  const wanted = { version: formatVersion, chunks: options.chunks, dimensions, seed, wordsPerChunk };
  const generator = createGenerator(seed, dimensions, options.chunks);

  let marker = await readMarker(uri);
  const reusable =
    marker !== null &&
    (Object.keys(wanted) as (keyof typeof wanted)[]).every((key) => marker![key] === wanted[key]);
  const started = performance.now();
  let built = false;
  if (!reusable) {
    await rm(uri, { recursive: true, force: true });
    const documents = await build(uri, generator, options.chunks, wordsPerChunk, seed, progress);
    marker = { ...wanted, documents, vectorIndex: 'none' };
    await writeMarker(uri, marker);
    built = true;
  }
  const buildMs = performance.now() - started;
  const store = await openLanceStore({ uri, ftsOptions: dutchFtsOptions });
  const embedder = createSyntheticEmbedder(embedderInfo(dimensions, seed));
  const current = marker!;

  const openChunksTable = async () => (await lancedb.connect(uri)).openTable(store.activeTables().chunks);

  return {
    store,
    uri,
    embedder,
    sources: syntheticSources,
    readerGroups: ['medewerkers'],
    chunkCount: current.chunks,
    documentCount: current.documents,
    built,
    buildMs,
    get vectorIndex() {
      return current.vectorIndex;
    },
    queries(count, querySeed = seed + 99) {
      const random = createRandom(querySeed);
      return Array.from({ length: count }, () => {
        const topicIndex = random.integer(generator.topics.length);
        const topic = generator.topics[topicIndex]!;
        const words = Array.from({ length: 2 + random.integer(4) }, () => topic.drawWord(random));
        const text = `${random.pick(questionStarts)} ${words.join(' ')}?`;
        const vector = unitVector(random, dimensions, generator.centroids[topicIndex], 0.7);
        embedder.remember(text, vector);
        return { text, vector };
      });
    },
    async ensureVectorIndex(kind) {
      if (current.vectorIndex === kind) return { built: false, ms: 0 };
      const indexStarted = performance.now();
      const table = await openChunksTable();
      const rows = await table.countRows();
      // Partitions of ~sqrt(rows) keep both steps of an IVF search (pick partitions, scan them) small.
      const numPartitions = Math.max(16, Math.round(Math.sqrt(rows)));
      const config =
        kind === 'ivf-flat'
          ? lancedb.Index.ivfFlat({ distanceType: 'cosine', numPartitions })
          : kind === 'ivf-pq'
            ? lancedb.Index.ivfPq({ distanceType: 'cosine', numPartitions, numSubVectors: dimensions / 8 })
            : lancedb.Index.hnswSq({ distanceType: 'cosine', numPartitions });
      progress(`vectorindex ${kind} bouwen (${rows} rijen)…`);
      await table.createIndex('vector', { config, replace: true });
      table.close();
      current.vectorIndex = kind;
      await writeMarker(uri, current);
      return { built: true, ms: performance.now() - indexStarted };
    },
    async setAccessIndex(present) {
      const started = performance.now();
      const table = await openChunksTable();
      const existing = (await table.listIndices()).find((index) => index.columns.includes('access_groups'));
      let changed = false;
      if (present && !existing) {
        await table.createIndex('access_groups', { config: lancedb.Index.labelList() });
        changed = true;
      } else if (!present && existing) {
        await table.dropIndex(existing.name);
        changed = true;
      }
      table.close();
      return { changed, ms: performance.now() - started };
    },
    openStore: () => openLanceStore({ uri, ftsOptions: dutchFtsOptions }),
    openChunksTable,
    close: () => store.close(),
  };
}

async function readMarker(uri: string): Promise<Marker | null> {
  const file = path.join(uri, markerFile);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Marker;
  } catch {
    return null;
  }
}

async function writeMarker(uri: string, marker: Marker): Promise<void> {
  await writeFile(path.join(uri, markerFile), `${JSON.stringify(marker, null, 2)}\n`);
}

/** Writes documents of 1-19 chunks (10 on average) in batches through `commit`, then indexes. */
