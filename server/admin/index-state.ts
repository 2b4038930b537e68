import { estimateTokens, resolveChunkOptions } from '../../ingest/chunk/index.ts';
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { desiredIndexInfo, indexChange, vectorMismatch } from '../../ingest/index-settings.ts';
import type { PendingRebuild, Store } from '../../ingest/store/index.ts';
import type { IndexInfo } from '../../ingest/types.ts';

export interface IndexState {
  current: IndexInfo | null;
  /** What a job would index with now. */
  wanted: IndexInfo;
  /** The index was built with another model or other chunk settings; a sync would mix them. */
  rebuildNeeded: boolean;
  reason: string | null;
  pending: PendingRebuild | null;
}

/** Compares the index with what the server would build now, in words an admin can act on. */
export async function indexState(
  store: Pick<Store, 'readIndexInfo'> & { pendingRebuild?: () => Promise<PendingRebuild | null> },
  embedder: Embedder | null,
  lexicalReason: string | null,
): Promise<IndexState> {
  const countTokens = embedder ? (text: string) => embedder.countTokens(text) : estimateTokens;
  const wanted = desiredIndexInfo({ embedder, lexicalReason }, resolveChunkOptions({ countTokens }));
  const current = await store.readIndexInfo();
  const pending = (await store.pendingRebuild?.()) ?? null;
  // An empty knowledge base has no settings yet; its first sync records them. A new search analysis alone is
  // no rebuild: the next sync recomputes that column.
  const rebuildNeeded = current !== null && indexChange(current, wanted) === 'rebuild';
  return {
    current,
    wanted,
    rebuildNeeded,
    reason: rebuildNeeded ? describeChange(current, wanted) : null,
    pending,
  };
}

function describeChange(current: IndexInfo, wanted: IndexInfo): string {
  const model = (info: IndexInfo) =>
    info.embeddingModel
      ? `${info.embeddingModel} (${info.embeddingRevision ?? '?'})`
      : 'geen model (lexicaal)';
  if (vectorMismatch(current, wanted) !== null) {
    const why = wanted.embeddingModel === null && wanted.lexicalReason ? `: ${wanted.lexicalReason}` : '';
    return `De index is gebouwd met ${model(current)}, de server werkt nu met ${model(wanted)}${why}.`;
  }
  return `De index is gebouwd met andere instellingen voor tekststukken (${current.chunking.maxTokens} tokens, tokenizer ${current.chunking.tokenizer}) dan de server nu gebruikt (${wanted.chunking.maxTokens}, ${wanted.chunking.tokenizer}).`;
}
