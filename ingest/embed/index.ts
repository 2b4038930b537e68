/**
 * Local embeddings with transformers.js. The model runs in a worker thread; tokens are counted on the calling
 * thread. Loading never throws or hangs: a missing, damaged or slow model gives `{ ok: false, reason: { code, … } }`, and
 * ingest then continues with lexical search only.
 */
import { fail, ok, type Result } from '../result.ts';
import { planBatches, splitVectors } from './batching.ts';
import type { Embedder, EmbedderInfo } from './embedder.ts';
import type { EmbedderLoadFailure } from './load-failure.ts';
import { checkLocalModel, modelFolder } from './model-folder.ts';
import { resolveEmbedderOptions, type EmbedderOptions, type ResolvedEmbedderOptions } from './options.ts';
import { loadTokenCounter, type TokenCounter } from './token-counter.ts';
import { ModelWorker } from './worker-client.ts';

export type { Embedder, EmbedderInfo } from './embedder.ts';
export type { EmbedderLoadFailure, LoadErrorKind } from './load-failure.ts';
export { describeEmbedderLoadFailure } from './describe-failure.ts';
export type { EmbedderOptions, EmbeddingDtype } from './options.ts';
export { defaultAllowSpinning, defaultBatchTokens, isE5Model, resolveEmbedderOptions } from './options.ts';

class WorkerEmbedder implements Embedder {
  constructor(
    readonly info: EmbedderInfo,
    private readonly options: ResolvedEmbedderOptions,
    private readonly tokens: TokenCounter,
    private readonly worker: ModelWorker,
  ) {}

  countTokens(text: string): number {
    return this.tokens.count(this.options.passagePrefix + text);
  }

  async embedPassages(texts: string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
    const prefixed = texts.map((text) => this.options.passagePrefix + text);
    for (const batch of planBatches(prefixed, this.options.batchSize)) {
      options.signal?.throwIfAborted();
      const flat = await this.worker.embed(batch.texts);
      splitVectors(flat, this.info.dimensions).forEach((vector, position) => {
        vectors[batch.indexes[position] as number] = vector;
      });
    }
    return vectors;
  }

  async embedQuery(text: string, options: { signal?: AbortSignal } = {}): Promise<Float32Array> {
    options.signal?.throwIfAborted();
    return this.worker.embed([this.options.queryPrefix + text]);
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

export async function loadEmbedder(options: EmbedderOptions): Promise<Result<Embedder, EmbedderLoadFailure>> {
  const settings = resolveEmbedderOptions(options);
  const { model, modelsDir, dtype, allowDownload } = settings;
  if (settings.signal?.aborted) return fail({ code: 'cancelled' });
  if (!allowDownload) {
    const local = await checkLocalModel(modelFolder(modelsDir, model), dtype);
    if (!local.ok) return local;
  }
  const started = await ModelWorker.start(
    {
      model,
      modelsDir,
      dtype,
      allowDownload,
      remoteHost: settings.remoteHost,
      threads: settings.threads,
      batchTokens: settings.batchTokens,
      allowSpinning: settings.allowSpinning,
    },
    { timeoutMs: settings.loadTimeoutMs, signal: settings.signal },
  );
  if (!started.ok) return started;
  const worker = started.value;
  // After the worker is ready the files are in the folder, downloaded or not.
  const tokens = await loadTokenCounter(modelFolder(modelsDir, model));
  if (!tokens.ok) {
    await worker.close();
    return tokens;
  }
  const info: EmbedderInfo = {
    model,
    revision: worker.revision,
    dimensions: worker.dimensions,
    maxTokens: tokens.value.maxTokens,
    tokenizer: model,
  };
  return ok(new WorkerEmbedder(info, settings, tokens.value, worker));
}
