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

export const isModelError = (error: unknown): error is ModelError => error instanceof ModelError;
