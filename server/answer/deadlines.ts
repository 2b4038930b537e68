/**
 * The three time limits of a streamed answer, as one AbortController: no first token in time,
 * a gap between tokens that is too long, and the whole answer taking too long. Whichever
 * fires first aborts the HTTP request, so a hung model never holds a socket or a reader.
 */
import { ModelError } from './model-error.ts';

export interface DeadlineLimits {
  firstTokenTimeoutMs: number;
  stallTimeoutMs: number;
  totalTimeoutMs: number;
}

export class Deadlines {
  readonly #controller = new AbortController();
  #fired: ModelError | null = null;
  #gapTimer: NodeJS.Timeout | undefined;
  readonly #totalTimer: NodeJS.Timeout;
  readonly #external: AbortSignal | undefined;
  readonly #onExternalAbort = (): void => this.#controller.abort(this.#external?.reason);

  constructor(
    private readonly limits: DeadlineLimits,
    external?: AbortSignal,
  ) {
    this.#external = external;
    external?.addEventListener('abort', this.#onExternalAbort, { once: true });
    if (external?.aborted) this.#onExternalAbort();
    this.#totalTimer = setTimeout(
      () =>
        this.#fire(
          new ModelError('model_timeout', `Het taalmodel was niet binnen ${limits.totalTimeoutMs} ms klaar.`),
        ),
      limits.totalTimeoutMs,
    );
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The limit that fired, if any. */
  get fired(): ModelError | null {
    return this.#fired;
  }

  /** Start waiting for the first token. */
  expectFirstToken(): void {
    this.#arm(
      this.limits.firstTokenTimeoutMs,
      () =>
        new ModelError(
          'model_timeout',
          `Het taalmodel gaf binnen ${this.limits.firstTokenTimeoutMs} ms geen eerste woord.`,
        ),
    );
  }

  /** Start waiting for the next token after one arrived. */
  expectNextToken(): void {
    this.#arm(
      this.limits.stallTimeoutMs,
      () =>
        new ModelError(
          'model_stalled',
          `Het taalmodel stokte midden in het antwoord: ${this.limits.stallTimeoutMs} ms niets nieuws.`,
        ),
    );
  }

  /** Stop the gap clock while the caller handles a token: a slow reader is not a stalled model. */
  pause(): void {
    clearTimeout(this.#gapTimer);
  }

  dispose(): void {
    clearTimeout(this.#gapTimer);
    clearTimeout(this.#totalTimer);
    this.#external?.removeEventListener('abort', this.#onExternalAbort);
    // Ends any request still open; harmless after a complete answer.
    this.#controller.abort();
  }

  #arm(ms: number, error: () => ModelError): void {
    clearTimeout(this.#gapTimer);
    this.#gapTimer = setTimeout(() => this.#fire(error()), ms);
  }

  #fire(error: ModelError): void {
    if (this.#fired !== null || this.#controller.signal.aborted) return;
    this.#fired = error;
    this.#controller.abort(error);
  }
}
