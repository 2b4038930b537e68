import { Hono } from 'hono';
import { requireAdmin, type AdminServices } from '../admin/index.ts';
import type { AppEnv } from '../http/types.ts';
import { adminIndexRoutes } from './admin-index.ts';
import { adminJobsRoutes } from './admin-jobs.ts';
import { adminOverviewRoutes } from './admin-overview.ts';
import { adminSourcesRoutes } from './admin-sources.ts';

/** Everything under /api/admin: only for the role `beheerder`, checked before any route (unknown ones included). */
export function adminRoutes(admin: AdminServices) {
  return new Hono<AppEnv>()
    .use('*', requireAdmin)
    .route('/sources', adminSourcesRoutes(admin))
    .route('/jobs', adminJobsRoutes(admin))
    .route('/overview', adminOverviewRoutes(admin))
    .route('/index', adminIndexRoutes(admin));
}
