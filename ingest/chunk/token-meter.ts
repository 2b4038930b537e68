/**
 * Counts tokens as the model sees them, split into a fixed part (prefix, special tokens: what an empty text
 * costs) and the part each piece of text adds, so the cost of joined pieces can be estimated by summing instead of
 * calling a real tokenizer on every candidate chunk.
 */
export interface TokenMeter {
  readonly maxTokens: number;
  /** Tokens an empty passage costs. */
  readonly overhead: number;
  /** Tokens left for text in one chunk. */
  readonly budget: number;
  /** Tokens the model sees for this passage. */
  count(text: string): number;
  /** Tokens this text adds to a passage. */
  cost(text: string): number;
  /** Tokens a separator between two pieces adds (cached: documents repeat a handful of separators). */
  gapCost(gap: string): number;
  /** Kept free when pieces are summed, since a tokenizer may split differently where two pieces meet. */
  readonly safety: number;
}

export function createTokenMeter(countTokens: (text: string) => number, maxTokens: number): TokenMeter {
  const overhead = Math.max(0, countTokens(''));
  if (overhead >= maxTokens) {
    throw new RangeError(`maxTokens (${maxTokens}) leaves no room for text after ${overhead} fixed tokens`);
  }
  const gaps = new Map<string, number>();
  const cost = (text: string): number => Math.max(0, countTokens(text) - overhead);
  return {
    maxTokens,
    overhead,
    budget: maxTokens - overhead,
    count: countTokens,
    cost,
    gapCost(gap) {
      let known = gaps.get(gap);
      if (known === undefined) {
        known = cost(gap);
        gaps.set(gap, known);
      }
      return known;
    },
    // About one token per ten joins in a full chunk; the final count of each chunk catches the rest.
    safety: Math.ceil(maxTokens * 0.02),
  };
}
