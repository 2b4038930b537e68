/**
 * What an index was built with (model, chunking, search analysis) and what a run would build now; the
 * difference decides whether a run rebuilds, recomputes the search column, or just syncs.
 */
import { searchTextVersion } from './dutch/index.ts';
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
    current.embeddingModel === wanted.embeddingModel &&
    current.embeddingRevision === wanted.embeddingRevision &&
    current.dimensions === wanted.dimensions &&
    current.chunking.maxTokens === wanted.chunking.maxTokens &&
    current.chunking.overlapTokens === wanted.chunking.overlapTokens &&
    current.chunking.tokenizer === wanted.chunking.tokenizer;
  if (!sameChunksAndVectors) return 'rebuild';
  return (current.chunking.searchText ?? '') === (wanted.chunking.searchText ?? '') ? 'none' : 'search-text';
}
