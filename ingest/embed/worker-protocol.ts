/** Messages between the embedder (main thread) and its model worker. */
import type { LoadErrorKind } from './load-failure.ts';
import type { EmbeddingDtype } from './options.ts';

/** Passed as `workerData`. */
export interface WorkerSettings {
  model: string;
  modelsDir: string;
  allowDownload: boolean;
  remoteHost?: string;
  dtype: EmbeddingDtype;
  threads?: number;
  batchTokens: number;
  allowSpinning: boolean;
}

/** Texts arrive with their prefix already applied. */
export interface EmbedRequest {
  type: 'embed';
  id: number;
  texts: string[];
}

export type WorkerMessage =
  | { type: 'ready'; dimensions: number; revision: string }
  | { type: 'load-failed'; kind: LoadErrorKind; message: string }
  /** `vectors` holds `texts.length × dimensions` values, in request order. */
  | { type: 'embedded'; id: number; vectors: Float32Array }
  | { type: 'embed-failed'; id: number; reason: string };
