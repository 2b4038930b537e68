import { createMiddleware } from 'hono/factory';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/types.ts';

/** The role that may use the admin console and its API. */
export const adminRole = 'beheerder';

/** Every admin route goes through this; the user comes from sign-in (today: the configured dev user). */
export const requireAdmin = createMiddleware<AppEnv>(async (context, next) => {
  if (!context.get('user').roles.includes(adminRole)) {
    throw new AppError('forbidden', 'Alleen beheerders hebben toegang tot het beheer van de kennisbank.');
  }
  await next();
});
