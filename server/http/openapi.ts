import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv } from './types.ts';

/** Turns a failed zod validation into the one error shape, listing every problem in plain words. */
const invalidInput: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || result.target}: ${issue.message}`,
  );
  throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);
};

/**
 * A router whose routes are declared with `createRoute`: the request is validated by the route's zod schemas,
 * and the same schemas describe the route in the generated OpenAPI document (`/api/openapi.json`).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: invalidInput });
}
