import { requireAdmin, type AdminServices } from '../admin/index.ts';
import { createRouter } from '../http/openapi.ts';
import { adminIndexRoutes } from './admin-index.ts';
import { adminJobsRoutes } from './admin-jobs.ts';
import { adminOverviewRoutes } from './admin-overview.ts';
import { adminSourcesRoutes } from './admin-sources.ts';

/** Everything under /api/admin: only for the role `beheerder`, checked before any route (unknown ones included). */
export function adminRoutes(admin: AdminServices) {
  const router = createRouter();
  router.use('*', requireAdmin);
  return router
    .route('/sources', adminSourcesRoutes(admin))
    .route('/jobs', adminJobsRoutes(admin))
    .route('/overview', adminOverviewRoutes(admin))
    .route('/index', adminIndexRoutes(admin));
}

/** The admin API as the web client sees it (`hc<AdminRoutes>`), its paths relative to `/api/admin`. */
export type AdminRoutes = ReturnType<typeof adminRoutes>;
