import { Hono } from 'hono';
import { adminRole } from '../admin/index.ts';
import type { MeResponse } from '../api-types.ts';
import type { AppEnv } from '../http/types.ts';

/** Who is asking, as far as the web app needs to know: groups and roles, never the id or a name. */
export function meRoutes() {
  return new Hono<AppEnv>().get('/', (context) => {
    const { groups, roles } = context.get('user');
    return context.json<MeResponse>({ groups, roles, admin: roles.includes(adminRole) });
  });
}
