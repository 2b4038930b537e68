import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.ts';

/** zValidator whose failures become the one error shape, listing every problem in plain words. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const problems = result.error.issues.map(
        (issue) => `${issue.path.join('.') || target}: ${issue.message}`,
      );
      throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);
    }
  });
}
