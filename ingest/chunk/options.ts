/** How chunks are sized. `countTokens` must count what the embedding model sees (prefix and special tokens included). */
export interface ChunkOptions {
  countTokens: (text: string) => number;
  maxTokens?: number;
  overlapTokens?: number;
  minTokens?: number;
}

export type ChunkSettings = Required<ChunkOptions>;

/**
 * Defaults, and why:
 * - maxTokens 256: multilingual-e5-small reads at most 512 tokens, `passage: ` prefix and special tokens
 *   included, so 256 fits with room to spare even if the tokenizer that sized a chunk differs a little from the
 *   one that embeds it. 256 tokens is about 1,000 Dutch characters, one or two paragraphs: small enough that a
 *   citation points at a passage the reader can check at a glance and that eight cited chunks still fit an
 *   answer prompt, large enough that a chunk keeps its argument (a rule with its exception, a step with its
 *   condition). e5 also ranks short passages more sharply than long ones that mix several topics.
 * - overlapTokens 40 (~15% of 256): one or two Dutch sentences, so a sentence cut off by a split inside a long
 *   paragraph is whole in one of the two chunks; more would mostly store and embed the same text twice.
 * - minTokens 40: a trailing piece under about two sentences carries too little context to be found or to be
 *   understood alone, so it is folded into the chunk before it when that still fits.
 */
export const defaultChunkOptions = { maxTokens: 256, overlapTokens: 40, minTokens: 40 } as const;

/** Overlap and minimum left out scale with a maxTokens given, keeping the defaults' proportions. */
export function resolveChunkOptions(options: ChunkOptions): ChunkSettings {
  const maxTokens = options.maxTokens ?? defaultChunkOptions.maxTokens;
  const scale = (tokens: number): number => Math.round((tokens * maxTokens) / defaultChunkOptions.maxTokens);
  const settings: ChunkSettings = {
    countTokens: options.countTokens,
    maxTokens,
    overlapTokens: options.overlapTokens ?? scale(defaultChunkOptions.overlapTokens),
    minTokens: options.minTokens ?? scale(defaultChunkOptions.minTokens),
  };
  const { overlapTokens, minTokens } = settings;
  // Bad options are a programming error, not bad data, so they throw instead of returning a Result.
  if (!Number.isInteger(maxTokens) || maxTokens < 1)
    throw new RangeError(`maxTokens must be a positive integer`);
  if (!(overlapTokens >= 0 && overlapTokens <= maxTokens / 2)) {
    throw new RangeError(`overlapTokens must be between 0 and half of maxTokens`);
  }
  if (!(minTokens >= 0 && minTokens <= maxTokens))
    throw new RangeError(`minTokens must be between 0 and maxTokens`);
  return settings;
}
