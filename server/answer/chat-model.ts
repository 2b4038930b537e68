import type { Failure, Result } from '../../ingest/result.ts';
import type { ModelErrorKind } from './model-error.ts';
import type { ChatMessage, TokenUsage } from './types.ts';

export interface ChatStreamOptions {
  /** Abort to stop the answer (client gone, stop button); the HTTP request is cancelled. */
  signal?: AbortSignal;
  /** Called when the server reports token usage (the last chunk, with `include_usage`). */
  onUsage?: (usage: TokenUsage) => void;
}

export interface PingInfo {
  latencyMs: number;
  /** Whether `/models` lists the configured model; null when the server has no `/models`. */
  modelListed: boolean | null;
}

/** Why a ping failed: the kind of model error, the HTTP status when there was one, the `ModelError` as cause. */
export type PingFailure = Failure<ModelErrorKind, { status?: number }>;

/** The seam between the answer flow and a language model. */
export interface ChatModel {
  /** The configured name, shown to readers and admins. */
  readonly name: string;
  /** Host (and port) of the endpoint only: never a key or path. */
  readonly endpointName: string;
  readonly modelId: string;
  /**
   * Text deltas as they arrive. Throws `ModelError` on every model fault; throws the signal's
   * reason when the caller aborts. Stopping the iteration early cancels the request.
   */
  stream(messages: ChatMessage[], options?: ChatStreamOptions): AsyncIterable<string>;
  /** Cheap health check: can the endpoint be reached and does it answer? `describePingFailure` words a failure. */
  ping(options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<Result<PingInfo, PingFailure>>;
}
