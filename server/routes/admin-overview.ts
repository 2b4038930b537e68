import { buildOverview, type AdminServices } from '../admin/index.ts';
import { overviewRoute } from '../contract/admin-overview.ts';
import { createRouter } from '../http/openapi.ts';
import { failure } from './admin-failure.ts';

export function adminOverviewRoutes(admin: AdminServices) {
  return createRouter().openapi(overviewRoute, async (context) => {
    const sources = await admin.sources.list();
    if (!sources.ok) throw failure(sources.reason);
    return context.json(
      await buildOverview({
        store: admin.store,
        runner: admin.runner,
        registered: sources.value.map((source) => source.name),
        dbUri: admin.dbUri,
        searchMode: admin.searchMode,
        staleYears: context.req.valid('query').staleYears,
      }),
      200,
    );
  });
}

export type AdminOverviewRoutes = ReturnType<typeof adminOverviewRoutes>;
