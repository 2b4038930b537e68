/**
 * The vector half of hybrid retrieval. It only runs when the index holds vectors of the embedder's model:
 * a query vector from another model would find confident nonsense, so that case, and any failure, falls back
 * to words only with the reason.
 */
import type { Embedder } from '../../ingest/embed/embedder.ts';
import { embedderFit, type EmbedderFit } from '../../ingest/index-settings.ts';
import type { ScoredChunk, SearchOptions } from '../../ingest/store/index.ts';
import type { IndexInfo } from '../../ingest/types.ts';
import type { RetrievalStore } from './types.ts';

export type VectorOutcome =
  { ok: true; hits: ScoredChunk[]; embedMs: number; searchMs: number } | { ok: false; reason: string };

/**
 * The index description, read at most once per `maxAgeMs`: it changes only when an ingest run switches
 * models, and reading it costs a few milliseconds that would otherwise sit on every hybrid query.
 */
export function cachedIndexInfo(store: RetrievalStore, maxAgeMs: number): () => Promise<IndexInfo | null> {
  let cached: { at: number; info: Promise<IndexInfo | null> } | null = null;
  return () => {
    const now = performance.now();
    if (cached === null || now - cached.at > maxAgeMs) {
      const info = store.readIndexInfo().catch(() => null);
      cached = { at: now, info };
    }
    return cached.info;
  };
}

export async function vectorSearch(
  services: { store: RetrievalStore; embedder: Embedder; indexInfo: () => Promise<IndexInfo | null> },
  query: string,
  search: SearchOptions,
  signal: AbortSignal | undefined,
): Promise<VectorOutcome> {
  const { store, embedder } = services;
  const embedStarted = performance.now();
  let embedMs = 0;
  const [info, embedded] = await Promise.all([
    services.indexInfo(),
    embedder.embedQuery(query, { signal }).then(
      (vector) => {
        embedMs = performance.now() - embedStarted;
        return { ok: true as const, vector };
      },
      (error: unknown) => ({ ok: false as const, error }),
    ),
  ]);
  signal?.throwIfAborted();
  const fit = embedderFit(info, embedder.info);
  if (!fit.fits) return { ok: false, reason: unfitReason(fit) };
  if (!embedded.ok) {
    return {
      ok: false,
      reason: `De vraag kon niet worden ingebed (${message(embedded.error)}); alleen op woorden gezocht.`,
    };
  }
  const searchStarted = performance.now();
  try {
    const hits = await store.searchVector(embedded.vector, search);
    return { ok: true, hits, embedMs, searchMs: performance.now() - searchStarted };
  } catch (error) {
    signal?.throwIfAborted();
    return {
      ok: false,
      reason: `Zoeken op betekenis mislukte (${message(error)}); alleen op woorden gezocht.`,
    };
  }
}

function unfitReason(fit: Exclude<EmbedderFit, { fits: true }>): string {
  if (fit.code === 'no_index') return 'De kennisbank is nog leeg; alleen op woorden gezocht.';
  if (fit.code === 'no_vectors') {
    return fit.index.lexicalReason ?? 'De index bevat geen vectoren; alleen op woorden gezocht.';
  }
  const { index, embedder } = fit;
  const revisions = fit.code === 'revision_mismatch';
  const built = revisions ? `revisie ${index.embeddingRevision ?? '?'}` : `${index.dimensions} dimensies`;
  const loaded = revisions ? `revisie ${embedder.revision}` : String(embedder.dimensions);
  return (
    `De index is gemaakt met ${index.embeddingModel} (${built}), de server gebruikt ` +
    `${embedder.model} (${loaded}); alleen op woorden gezocht tot de index opnieuw is opgebouwd.`
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
