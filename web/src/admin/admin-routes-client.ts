/** Hono's client for the admin routes, typed from the routes themselves (`server/routes/admin-api.ts`). */
import { hc } from 'hono/client';
import type { AdminRoutes } from '../../../server/contract/index.ts';
import type { ApiClientOptions } from '../api/client.ts';

export const adminPath = '/api/admin';

/** `hc` puts path parameters in as they are, so callers encode them. JSON unless a call asks otherwise. */
export const adminRoutesClient = (options: ApiClientOptions = {}) =>
  hc<AdminRoutes>(`${options.baseUrl ?? ''}${adminPath}`, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { accept: 'application/json' },
  });
