import type { Embedder } from '../../ingest/embed/embedder.ts';
import type { ChunkFilter, SearchableStore } from '../../ingest/store/index.ts';
import type { ChunkRecord } from '../../ingest/types.ts';
import type { Irrelevance } from './irrelevance.ts';

/** What the retriever reads from the store; the LanceDB store implements it, tests may fake it. */
export type RetrievalStore = Pick<SearchableStore, 'searchLexical' | 'searchVector' | 'readIndexInfo'>;

export interface RetrievedPassage {
  chunk: ChunkRecord;
  /** Fused reciprocal-rank score: higher is better, comparable within one result only. */
  score: number;
  /** 1-based rank and BM25 score in the full-text list, when the chunk was in it. */
  lexical?: { rank: number; score: number };
  /** 1-based rank and cosine similarity in the vector list, when the chunk was in it. */
  vector?: { rank: number; similarity: number };
  /** Share of the question's content words found in the passage (see `queryCoverage`). */
  coverage: number;
  /** Ids of near-duplicate chunks folded into this one, best-ranked first. */
  collapsed: string[];
}

/**
 * Re-orders (and may drop) candidates, for example with a cross-encoder. Gets every candidate left after
 * collapsing duplicates, best first; the retriever keeps the first `topK` of what it returns.
 */
export type Reranker = (
  query: string,
  passages: RetrievedPassage[],
  options: { topK: number; signal?: AbortSignal },
) => Promise<RetrievedPassage[]>;

export interface RetrieverOptions {
  /** Hits asked of each list (full-text, vector) before fusion. Default 100. */
  candidates?: number;
  /** Passages returned. Default 8. */
  topK?: number;
  /** Reciprocal-rank fusion constant. Default 60. */
  rrfK?: number;
  /** Jaccard similarity of word pairs at which two passages count as one. Default 0.9. */
  duplicateThreshold?: number;
  /** Coverage the best passage needs for the result to count as relevant. Default 0.6 (see `defaults.ts`). */
  minCoverage?: number;
  rerank?: Reranker;
  /** How long the index description (model, dimensions) is cached. Default 5 s. */
  indexInfoMaxAgeMs?: number;
  /** Parts of a passage's section moved up behind it (see `groupSections`); 0 turns it off. Default 3. */
  sectionSiblings?: number;
}

export interface RetrieverServices {
  store: RetrievalStore;
  /** null: lexical only. */
  embedder: Embedder | null;
  /** Prepares a question for the full-text index (the Dutch analyzer's `queryText`). */
  queryText: (query: string) => string;
  /** Why there is no embedder, reported as `lexicalReason` when `embedder` is null. */
  lexicalReason?: string;
  options?: RetrieverOptions;
}

export interface RetrieveRequest {
  query: string;
  /** Access groups are required; every read is filtered by them in the store. */
  filter: ChunkFilter;
  topK?: number;
  signal?: AbortSignal;
}

export interface RetrievalTimings {
  /** Time to embed the question (hybrid only). */
  embedMs?: number;
  lexicalMs: number;
  /** Time of the vector search itself, after embedding (hybrid only). */
  vectorMs?: number;
  /** Fusion, coverage and duplicate collapsing. */
  fuseMs: number;
  rerankMs?: number;
  totalMs: number;
}

export interface RetrievalResult {
  mode: 'hybrid' | 'lexical';
  /** Why the result is lexical only. */
  lexicalReason?: string;
  passages: RetrievedPassage[];
  /** Whether the best passage covers enough of the question to answer from; false means "Ik weet het niet". */
  relevant: boolean;
  /** Why `relevant` is false, as data: `describeIrrelevance` words it in the reader's language. */
  irrelevance?: Irrelevance;
  /** Best coverage among `passages` (0 when there are none). */
  bestCoverage: number;
  /** Problems that did not stop retrieval (a failed full-text search), for the log. */
  warnings: string[];
  timings: RetrievalTimings;
}

export interface Retriever {
  retrieve(request: RetrieveRequest): Promise<RetrievalResult>;
}
