import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from './contract/common.ts';

export type { ErrorBody, ErrorCode } from './contract/common.ts';

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
};

/** The one error type routes throw; `onError` turns it into `{ error: { code, message } }`. */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusByCode[code];
  }
}
