/**
 * Characters per token assumed when no model tokenizer is available (lexical mode).
 * XLM-R's sentencepiece vocabulary (used by multilingual-e5) averages about 3.2 to 4 characters per token on
 * Dutch prose; tables, article numbers, codes and long compounds are denser. 3 errs on the high side: the
 * estimate overcounts real tokens by roughly 10-30%, so chunks sized with it still fit the model later.
 */
export const charactersPerToken = 3;

/** A cheap stand-in for a model tokenizer. Counts text only: no prefix or special tokens. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / charactersPerToken);
}
