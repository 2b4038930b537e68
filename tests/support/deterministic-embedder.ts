/**
 * A fake `Embedder` for tests: hashed bag-of-words vectors, so texts that share words are close, the same text
 * always gives the same vector, and no model or worker is needed.
 */
import { createHash } from 'node:crypto';
import type { Embedder, EmbedderInfo } from '../../ingest/embed/embedder.ts';

export interface DeterministicEmbedderOptions {
  dimensions?: number;
  model?: string;
  revision?: string;
  maxTokens?: number;
  /** Counted as tokens by `countTokens`, like the prefix of a real e5 model. */
  passagePrefix?: string;
}

export interface DeterministicEmbedder extends Embedder {
  /** Texts passed to `embedPassages` and `embedQuery` so far, in call order. */
  readonly calls: { kind: 'passage' | 'query'; texts: string[] }[];
  readonly closed: boolean;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words hashed into buckets (with a ±1 sign, so unrelated words cancel out), then L2-normalised. */
export function hashVector(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  for (const word of words(text)) {
    const digest = createHash('sha256').update(word).digest();
    vector[digest.readUInt32LE(0) % dimensions]! += digest[4]! & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...vector);
  if (norm === 0) {
    vector[0] = 1; // an empty text still gets a valid unit vector
    return vector;
  }
  return vector.map((value) => value / norm);
}

export function createDeterministicEmbedder(
  options: DeterministicEmbedderOptions = {},
): DeterministicEmbedder {
  const dimensions = options.dimensions ?? 16;
  const prefix = options.passagePrefix ?? '';
  const info: EmbedderInfo = {
    model: options.model ?? 'test/deterministic',
    revision: options.revision ?? 'test',
    dimensions,
    maxTokens: options.maxTokens ?? 512,
    tokenizer: 'whitespace',
  };
  const calls: DeterministicEmbedder['calls'] = [];
  let closed = false;
  const guard = (signal?: AbortSignal) => {
    if (closed) throw new Error('The embedder was closed.');
    signal?.throwIfAborted();
  };
  return {
    info,
    calls,
    get closed() {
      return closed;
    },
    countTokens: (text) => (prefix + text).split(/\s+/).filter(Boolean).length,
    async embedPassages(texts, callOptions) {
      guard(callOptions?.signal);
      calls.push({ kind: 'passage', texts: [...texts] });
      return texts.map((text) => hashVector(text, dimensions));
    },
    async embedQuery(text, callOptions) {
      guard(callOptions?.signal);
      calls.push({ kind: 'query', texts: [text] });
      return hashVector(text, dimensions);
    },
    async close() {
      closed = true;
    },
  };
}
