/**
 * What an index was built with (model, chunking, search analysis) and what a run would build now; the
 * difference decides whether a run rebuilds, recomputes the search column, or just syncs.
 */
import { searchTextVersion } from './dutch/index.ts';
import type { EmbedderInfo } from './embed/embedder.ts';
import type { ChunkingSettings, PipelineServices } from './pipeline-types.ts';
import type { IndexInfo } from './types.ts';

/** What the index would record if these services ran now; `indexChange` says what a run must do about it. */
export function desiredIndexInfo(
  services: Pick<PipelineServices, 'embedder' | 'lexicalReason'>,
  chunking: ChunkingSettings,
): IndexInfo {
  const info = services.embedder?.info;
  return {
    embeddingModel: info?.model ?? null,
    embeddingRevision: info?.revision ?? null,
    dimensions: info?.dimensions ?? null,
    lexicalReason: info ? null : services.lexicalReason,
    chunking: {
      maxTokens: chunking.maxTokens,
      overlapTokens: chunking.overlapTokens,
      tokenizer: info?.tokenizer ?? 'estimate-chars/3',
      searchText: searchTextVersion,
    },
    updatedAt: new Date(),
  };
}

/**
 * How the index must change before a run: `rebuild` when vectors of two models or chunks cut by two settings
 * would otherwise live side by side (everything is read and embedded again); `search-text` when only the
 * Dutch search analysis changed (its column is recomputed from the stored text, vectors kept).
 */
export type IndexChange = 'none' | 'search-text' | 'rebuild';

export function indexChange(current: IndexInfo | null, wanted: IndexInfo): IndexChange {
  if (current === null) return 'rebuild';
  const sameChunksAndVectors =
    vectorMismatch(current, wanted) === null &&
    current.chunking.maxTokens === wanted.chunking.maxTokens &&
    current.chunking.overlapTokens === wanted.chunking.overlapTokens &&
    current.chunking.tokenizer === wanted.chunking.tokenizer;
  if (!sameChunksAndVectors) return 'rebuild';
  return (current.chunking.searchText ?? '') === (wanted.chunking.searchText ?? '') ? 'none' : 'search-text';
}

/** What vectors were made with. Vectors of two settings are comparable only when all three are the same. */
export type VectorSettings = Pick<IndexInfo, 'embeddingModel' | 'embeddingRevision' | 'dimensions'>;

export type VectorMismatch = 'model_mismatch' | 'revision_mismatch' | 'dimension_mismatch';

/**
 * How two vector settings differ (the first difference), or null when they are the same. Two lexical settings
 * (no model) are the same. Model, revision and dimensions all count: new model files can change every vector
 * while the name and the size stay, and then a run rebuilds and search must not compare across them.
 */
export function vectorMismatch(a: VectorSettings, b: VectorSettings): VectorMismatch | null {
  if (a.embeddingModel !== b.embeddingModel) return 'model_mismatch';
  if (a.embeddingRevision !== b.embeddingRevision) return 'revision_mismatch';
  if (a.dimensions !== b.dimensions) return 'dimension_mismatch';
  return null;
}

/** Whether the index holds vectors at all (it may be lexical only, or not built yet). */
export const indexHasVectors = (
  index: IndexInfo | null,
): index is IndexInfo & { embeddingModel: string; dimensions: number } =>
  index !== null && index.embeddingModel !== null && index.dimensions !== null;

type EmbedderSettings = Pick<EmbedderInfo, 'model' | 'revision' | 'dimensions'>;

/**
 * Whether an embedder fits the index: its vectors (a query's, a note's) may be compared with the stored ones.
 * The failure carries a code and both sides; callers word it for their reader.
 */
export type EmbedderFit =
  | { fits: true }
  | { fits: false; code: 'no_index'; index: null; embedder: EmbedderSettings }
  | { fits: false; code: 'no_vectors' | VectorMismatch; index: IndexInfo; embedder: EmbedderSettings };

export function embedderFit(index: IndexInfo | null, embedder: EmbedderSettings): EmbedderFit {
  const { model, revision, dimensions } = embedder;
  const settings = { model, revision, dimensions };
  if (index === null) return { fits: false, code: 'no_index', index, embedder: settings };
  if (!indexHasVectors(index)) return { fits: false, code: 'no_vectors', index, embedder: settings };
  const mismatch = vectorMismatch(index, {
    embeddingModel: model,
    embeddingRevision: revision,
    dimensions,
  });
  return mismatch === null ? { fits: true } : { fits: false, code: mismatch, index, embedder: settings };
}
