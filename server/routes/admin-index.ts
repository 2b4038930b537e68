import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminServices } from '../admin/index.ts';
import type { AdminJob } from '../api-types.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { failure } from './admin-failure.ts';

const rebuildBody = z.object({ force: z.boolean().default(false) });

/** Re-indexing everything (a new embedding model) into new tables while the current ones keep serving. */
export function adminIndexRoutes(admin: AdminServices) {
  return new Hono<AppEnv>()
    .post('/rebuild', validate('json', rebuildBody), async (context) => {
      const state = await admin.runner.indexState();
      if (!context.req.valid('json').force && !state.rebuildNeeded && !state.pending) {
        throw new AppError(
          'conflict',
          'De index past bij het model en de instellingen van de server; er is niets te herindexeren. Stuur force: true om toch alles opnieuw op te bouwen.',
        );
      }
      const started = await admin.runner.start({ sources: 'all', kind: 'rebuild', trigger: 'server' });
      if (!started.ok) throw failure(started.reason);
      return context.json<AdminJob>(started.value, 202);
    })
    .delete('/rebuild', async (context) => {
      const pending = await admin.store.pendingRebuild();
      if (!pending) throw new AppError('not_found', 'Er is geen herindexering om weg te gooien.');
      const discarded = await admin.runner.exclusively('de herindexering wordt weggegooid', () =>
        admin.store.discardRebuild(),
      );
      if (!discarded.ok) throw failure(discarded.reason);
      return context.json({ discarded: true, startedAt: pending.startedAt.toISOString() });
    });
}
