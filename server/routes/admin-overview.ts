import { Hono } from 'hono';
import { z } from 'zod';
import { buildOverview, type AdminServices } from '../admin/index.ts';
import type { AdminOverview } from '../api-types.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { failure } from './admin-failure.ts';

const overviewQuery = z.object({ staleYears: z.coerce.number().int().min(1).max(50).default(3) });

export function adminOverviewRoutes(admin: AdminServices) {
  return new Hono<AppEnv>().get('/', validate('query', overviewQuery), async (context) => {
    const sources = await admin.sources.list();
    if (!sources.ok) throw failure(sources.reason);
    return context.json<AdminOverview>(
      await buildOverview({
        store: admin.store,
        runner: admin.runner,
        registered: sources.value.map((source) => source.name),
        dbUri: admin.dbUri,
        searchMode: admin.searchMode,
        staleYears: context.req.valid('query').staleYears,
      }),
    );
  });
}
