import type { AdminServices } from '../admin/index.ts';
import { discardRebuildRoute, rebuildIndexRoute } from '../contract/admin-overview.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import { failure } from './admin-failure.ts';

/** Re-indexing everything (a new embedding model) into new tables while the current ones keep serving. */
export function adminIndexRoutes(admin: AdminServices) {
  return createRouter()
    .openapi(rebuildIndexRoute, async (context) => {
      const state = await admin.runner.indexState();
      if (!context.req.valid('json').force && !state.rebuildNeeded && !state.pending) {
        throw new AppError(
          'conflict',
          'De index past bij het model en de instellingen van de server; er is niets te herindexeren. Stuur force: true om toch alles opnieuw op te bouwen.',
        );
      }
      const started = await admin.runner.start({ sources: 'all', kind: 'rebuild', trigger: 'server' });
      if (!started.ok) throw failure(started.reason);
      return context.json(started.value, 202);
    })
    .openapi(discardRebuildRoute, async (context) => {
      const pending = await admin.store.pendingRebuild();
      if (!pending) throw new AppError('not_found', 'Er is geen herindexering om weg te gooien.');
      const discarded = await admin.runner.exclusively('de herindexering wordt weggegooid', () =>
        admin.store.discardRebuild(),
      );
      if (!discarded.ok) throw failure(discarded.reason);
      return context.json({ discarded: true as const, startedAt: pending.startedAt.toISOString() }, 200);
    });
}

export type AdminIndexRoutes = ReturnType<typeof adminIndexRoutes>;
