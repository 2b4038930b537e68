/** The main-thread side of the model worker: start it, wait for it to be ready, send batches, stop it. */
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../result.ts';
import type { EmbedderLoadFailure } from './load-failure.ts';
import type { EmbedRequest, WorkerMessage, WorkerSettings } from './worker-protocol.ts';

const workerEntry = new URL('./embed-worker.mjs', import.meta.url);

interface Pending {
  resolve: (vectors: Float32Array) => void;
  reject: (error: Error) => void;
}

export interface StartOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export class ModelWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private stopped: string | undefined;

  private constructor(
    private readonly worker: Worker,
    readonly dimensions: number,
    readonly revision: string,
  ) {
    worker.on('message', (message: WorkerMessage) => this.settle(message));
    worker.on('error', (error) => this.stop(`de embedding-worker is vastgelopen (${error.message})`));
    worker.on('exit', (code) => this.stop(`de embedding-worker is gestopt (exitcode ${code})`));
    // An idle worker must not keep the process alive; a pending request does (see `embed`).
    worker.unref();
  }

  /** Never throws: a worker that fails, exits, times out or is cancelled before it is ready gives a reason. */
  static start(
    settings: WorkerSettings,
    options: StartOptions,
  ): Promise<Result<ModelWorker, EmbedderLoadFailure>> {
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(workerEntry, { workerData: settings });
      } catch (error) {
        resolve(fail({ code: 'worker-not-started', cause: error }));
        return;
      }
      const finish = (result: Result<ModelWorker, EmbedderLoadFailure>) => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (!result.ok) void worker.terminate();
        resolve(result);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'ready')
          finish(ok(new ModelWorker(worker, message.dimensions, message.revision)));
        else if (message.type === 'load-failed')
          finish(fail({ code: 'load-failed', kind: message.kind, message: message.message }));
      };
      const onError = (error: Error) => finish(fail({ code: 'worker-crashed', cause: error }));
      const onExit = (exitCode: number) => finish(fail({ code: 'worker-exited', exitCode }));
      const onAbort = () => finish(fail({ code: 'cancelled' }));
      const seconds = Math.round(options.timeoutMs / 1000);
      const timer = setTimeout(() => finish(fail({ code: 'load-timeout', seconds })), options.timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Rejects (never hangs) when the worker fails the batch or dies while it runs. */
  embed(texts: string[]): Promise<Float32Array> {
    if (this.stopped) return Promise.reject(new Error(this.stopped));
    const id = this.nextId++;
    const request: EmbedRequest = { type: 'embed', id, texts };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.stop('de embedder is gesloten');
    await this.worker.terminate();
  }

  private settle(message: WorkerMessage): void {
    if (message.type !== 'embedded' && message.type !== 'embed-failed') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker.unref();
    if (message.type === 'embedded') pending.resolve(message.vectors);
    else pending.reject(new Error(message.reason));
  }

  private stop(reason: string): void {
    this.stopped ??= reason;
    for (const pending of this.pending.values()) pending.reject(new Error(this.stopped));
    this.pending.clear();
  }
}
