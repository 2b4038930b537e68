import type { RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';

// A note body is at most 100 kB; a request up to 1 MB reaches the field checks, which say exactly what is too big.
export const jsonLimit = bodyLimit({
  maxSize: 1_000_000,
  onError: () => {
    throw new AppError(
      'payload_too_large',
      'Het verzoek is te groot (hoogstens 1 MB); een notitie mag 100 kB tekst hebben.',
    );
  },
});
export const importLimit = bodyLimit({
  maxSize: 12_000_000,
  onError: () => {
    throw new AppError('payload_too_large', 'De import is te groot (hoogstens 10 MB).');
  },
});

/** The route with a body-size limit in front of its validation (the limit is transport, not contract). */
export const limited = <Route extends RouteConfig>(route: Route, limit: MiddlewareHandler) => ({
  ...route,
  middleware: limit,
});
