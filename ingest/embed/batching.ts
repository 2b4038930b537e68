/**
 * Groups texts of similar length into batches. A batch is padded to its longest text, so sorting by length
 * first (sequence bucketing) keeps the model from computing on padding.
 */

export interface Batch {
  /** Positions of the batch's texts in the caller's list. */
  indexes: number[];
  texts: string[];
}

export function planBatches(texts: readonly string[], batchSize: number): Batch[] {
  const order = texts
    .map((_, index) => index)
    .sort((a, b) => (texts[a] as string).length - (texts[b] as string).length);
  const batches: Batch[] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    const indexes = order.slice(start, start + batchSize);
    batches.push({ indexes, texts: indexes.map((index) => texts[index] as string) });
  }
  return batches;
}

/** Splits a flat `[count × dimensions]` result into one vector per text, each with its own buffer. */
export function splitVectors(flat: Float32Array, dimensions: number): Float32Array[] {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < flat.length; start += dimensions)
    vectors.push(flat.slice(start, start + dimensions));
  return vectors;
}

/**
 * Splits texts (by their token lengths) into model calls whose padded size, count × longest, stays within
 * `maxTokens`; a text longer than the budget gets a call of its own. On a CPU, long sequences run fastest one
 * at a time (the activations stay in cache) while short ones gain from being batched; a token budget gives both.
 * Returns indexes into `lengths`, shortest texts first.
 */
export function planTokenBatches(lengths: readonly number[], maxTokens: number): number[][] {
  const order = lengths
    .map((_, index) => index)
    .sort((a, b) => (lengths[a] as number) - (lengths[b] as number));
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    const longest = lengths[index] as number;
    if (current.length > 0 && (current.length + 1) * longest > maxTokens) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
