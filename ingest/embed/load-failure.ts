/**
 * Why a model did not load, as codes: loading never throws, and ingest then goes on lexically, with the
 * reason worded where it is shown (`describeEmbedderLoadFailure`).
 */
import type { Failure } from '../result.ts';

/** What transformers.js or onnxruntime said went wrong while the worker loaded the model. */
export type LoadErrorKind = 'files-missing' | 'download' | 'onnx' | 'config' | 'other';

export type EmbedderLoadFailure =
  | Failure<'cancelled'>
  /** Not in the models folder, or only partly, and downloading is off. */
  | Failure<'model-missing', { folder: string }>
  | Failure<'model-incomplete', { folder: string; missing: string[] }>
  | Failure<'worker-not-started' | 'worker-crashed'>
  | Failure<'worker-exited', { exitCode: number }>
  | Failure<'load-timeout', { seconds: number }>
  /** The worker tried and failed; `message` is the library's first line. */
  | Failure<'load-failed', { kind: LoadErrorKind; message: string }>
  | Failure<'tokenizer-failed'>;

export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // onnxruntime messages can carry a long stack of native frames; the first line says what went wrong.
  return (message.split('\n')[0] ?? message).trim();
}

/** Sorts what the libraries throw while loading by what an admin would do about it. */
export function classifyLoadError(error: unknown): { kind: LoadErrorKind; message: string } {
  const message = messageOf(error);
  const lower = message.toLowerCase();
  if (/not found locally|local_files_only|allowremotemodels/.test(lower))
    return { kind: 'files-missing', message };
  if (/fetch failed|enotfound|econnrefused|econnreset|etimedout|network|could not locate file/.test(lower)) {
    return { kind: 'download', message };
  }
  if (/protobuf|onnx|load model|invalid model|failed to load/.test(lower)) return { kind: 'onnx', message };
  if (/json|unexpected token|tokenizer/.test(lower)) return { kind: 'config', message };
  return { kind: 'other', message };
}
