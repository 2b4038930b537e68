/** The seam between ingest/search and whatever turns text into vectors. */
export interface EmbedderInfo {
  /** Model id, for example `Xenova/multilingual-e5-small`. */
  model: string;
  /** Revision of the model files (git revision, or a hash of the files when loaded from a folder). */
  revision: string;
  dimensions: number;
  /** Longest input in model tokens, prefix included. */
  maxTokens: number;
  /** Name of the tokenizer that `countTokens` uses, recorded in the index. */
  tokenizer: string;
}

export interface Embedder {
  readonly info: EmbedderInfo;
  /** Tokens the model would see for this passage (prefix included), so chunks fit the model. */
  countTokens(text: string): number;
  /** Vectors for passages to store, L2-normalised, in input order. */
  embedPassages(texts: string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
  /** Vector for a search query, L2-normalised. */
  embedQuery(text: string, options?: { signal?: AbortSignal }): Promise<Float32Array>;
  close(): Promise<void>;
}
