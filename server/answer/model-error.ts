export type ModelErrorKind =
  'model_timeout' | 'model_stalled' | 'model_http' | 'model_unreachable' | 'model_malformed';

/** Every way a chat model can fail, reduced to what the answer flow and the UI need to know. */
export class ModelError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    /** HTTP status for `model_http` when the server sent one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

/**
 * The words for a failed ping, for the health check: the model error's own account of what went wrong (the same
 * sentence an answer's `error` event carries), or the code when the cause is not a model error.
 */
export function describePingFailure(failure: { code: ModelErrorKind; cause?: unknown }): string {
  return failure.cause instanceof ModelError
    ? failure.cause.message
    : `Het taalmodel faalde (${failure.code}).`;
}

export const isModelError = (error: unknown): error is ModelError => error instanceof ModelError;
