/**
 * An `Embedder` for benchmarks over a synthetic knowledge base: it answers instantly with the vector the
 * generator chose for a query (near the query's topic), so timings measure search, not a model.
 */
import { createHash } from 'node:crypto';
import type { Embedder, EmbedderInfo } from '../../ingest/embed/embedder.ts';
import { createRandom, unitVector } from './random.ts';

export interface SyntheticEmbedder extends Embedder {
  /** Makes `embedQuery(text)` return this vector. */
  remember(text: string, vector: Float32Array): void;
}

export function createSyntheticEmbedder(info: EmbedderInfo): SyntheticEmbedder {
  const known = new Map<string, Float32Array>();
  const embed = (text: string) => {
    const remembered = known.get(text);
    if (remembered) return remembered;
    // Unknown text: a random vector, but always the same one for the same text.
    const seed = createHash('sha256').update(text).digest().readUInt32LE(0);
    return unitVector(createRandom(seed), info.dimensions);
  };
  return {
    info,
    remember: (text, vector) => void known.set(text, vector),
    countTokens: (text) => text.split(/\s+/).filter(Boolean).length,
    embedPassages: async (texts) => texts.map(embed),
    async embedQuery(text, options) {
      options?.signal?.throwIfAborted();
      return embed(text);
    },
    close: async () => {},
  };
}
