import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from './common.ts';

/** `GET /api/me`: what the signed-in user may do, so the web app shows only what works. No id, no name. */
export const MeSchema = z
  .object({
    groups: z.array(z.string()).openapi({ description: 'Toegangsgroepen van de gebruiker' }),
    roles: z.array(z.string()).openapi({ description: 'Rollen: medewerker, expert, beheerder' }),
    admin: z.boolean().openapi({ description: 'Heeft de rol beheerder: mag de beheeromgeving gebruiken' }),
  })
  .openapi('Me');
export type MeResponse = z.infer<typeof MeSchema>;

export const getMeRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getMe',
  summary: 'Groepen en rollen van de gebruiker (geen naam of id)',
  responses: { 200: jsonResponse(MeSchema, 'De gebruiker') },
});
