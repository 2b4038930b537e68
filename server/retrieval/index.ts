/**
 * Retrieval for answering: hybrid full-text + vector search fused by reciprocal rank, filtered by the reader's
 * access groups, near-duplicates collapsed, with a relevance verdict for "Ik weet het niet".
 */
export { createRetriever } from './retriever.ts';
export { retrieverDefaults } from './defaults.ts';
export {
  describeIrrelevance,
  judgeRelevance,
  type Irrelevance,
  type IrrelevanceLanguage,
} from './irrelevance.ts';
export { reciprocalRankFusion, type FusedScore, type FusionOptions, type Ranking } from './fusion.ts';
export {
  collapseNearDuplicates,
  jaccard,
  shingles,
  type CollapsedGroup,
  type DuplicateOptions,
} from './near-duplicates.ts';
export { queryCoverage, queryTerms, type QueryTerm, type QueryTermOptions } from './coverage.ts';
export type {
  Reranker,
  RetrievalResult,
  RetrievalStore,
  RetrievalTimings,
  RetrievedPassage,
  Retriever,
  RetrieverOptions,
  RetrieverServices,
  RetrieveRequest,
} from './types.ts';
