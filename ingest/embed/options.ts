/** Embedder options and their defaults, resolved once so the rest of the module sees complete settings. */

export type EmbeddingDtype = 'fp32' | 'q8';

export interface EmbedderOptions {
  /** Model id, for example `Xenova/multilingual-e5-small`; its files live in `<modelsDir>/<model>/`. */
  model: string;
  /** Local models folder (`data/models`). */
  modelsDir: string;
  /** Download a missing model into `modelsDir` once. Off by default: air-gapped servers never reach out. */
  allowDownload?: boolean;
  /** Where downloads come from: the Hugging Face Hub unless an internal mirror is configured. */
  remoteHost?: string;
  /** `q8` loads `onnx/model_quantized.onnx` (int8, about twice as fast); `fp32` loads `onnx/model.onnx`. */
  dtype?: EmbeddingDtype;
  /** Prepended to queries; `query: ` for the e5 family, empty otherwise. */
  queryPrefix?: string;
  /** Prepended to passages (and counted by `countTokens`); `passage: ` for the e5 family, empty otherwise. */
  passagePrefix?: string;
  /** Texts per request to the model worker: the granularity of cancelling. */
  batchSize?: number;
  /** Most tokens per model call, padding included (count × longest); shorter texts share a call. */
  batchTokens?: number;
  /** Threads onnxruntime may use; its default is one per physical core. */
  threads?: number;
  /**
   * Let idle onnxruntime threads spin between operators instead of sleeping (onnxruntime's own default). Off by
   * default: with the cores shared (parse workers, other processes), a spinning thread that loses its core
   * stalls every operator, and q8 ran at half speed (bench/embed-bench.ts). On idle cores it is up to 2× faster.
   */
  allowSpinning?: boolean;
  /** Give up loading (and downloading) after this long. */
  loadTimeoutMs?: number;
  signal?: AbortSignal;
}

export type ResolvedEmbedderOptions = Required<Omit<EmbedderOptions, 'threads' | 'signal' | 'remoteHost'>> &
  Pick<EmbedderOptions, 'threads' | 'signal' | 'remoteHost'>;

/** e5 models were trained with `query: ` / `passage: ` prefixes and score worse without them. */
export function isE5Model(model: string): boolean {
  const name = model.split('/').pop() ?? model;
  return /(^|[-_])e5([-_]|$)/i.test(name);
}

export const defaultBatchSize = 32;
export const defaultBatchTokens = 512;
export const defaultAllowSpinning = false;
const offlineLoadTimeoutMs = 120_000;
const downloadLoadTimeoutMs = 30 * 60_000;

export function resolveEmbedderOptions(options: EmbedderOptions): ResolvedEmbedderOptions {
  const e5 = isE5Model(options.model);
  const allowDownload = options.allowDownload ?? false;
  return {
    ...options,
    allowDownload,
    dtype: options.dtype ?? 'q8',
    queryPrefix: options.queryPrefix ?? (e5 ? 'query: ' : ''),
    passagePrefix: options.passagePrefix ?? (e5 ? 'passage: ' : ''),
    batchSize: Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize)),
    batchTokens: Math.max(1, Math.floor(options.batchTokens ?? defaultBatchTokens)),
    allowSpinning: options.allowSpinning ?? defaultAllowSpinning,
    loadTimeoutMs: options.loadTimeoutMs ?? (allowDownload ? downloadLoadTimeoutMs : offlineLoadTimeoutMs),
  };
}
