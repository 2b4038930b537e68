import { adminRole } from '../admin/index.ts';
import { getMeRoute } from '../contract/me.ts';
import { createRouter } from '../http/openapi.ts';

/** Who is asking, as far as the web app needs to know: groups and roles, never the id or a name. */
export function meRoutes() {
  return createRouter().openapi(getMeRoute, (context) => {
    const { groups, roles } = context.get('user');
    return context.json({ groups, roles, admin: roles.includes(adminRole) }, 200);
  });
}

export type MeRoutes = ReturnType<typeof meRoutes>;
