import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, OpenApiDocument } from '../server/contract/index.ts';
import { adminUser, openAdminTestServer, staffUser, type AdminTestServer } from './support/admin-app.ts';
import { makeTempDir } from './support/paths.ts';

describe('GET /api/me', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: AdminTestServer;

  beforeAll(async () => {
    work = await makeTempDir('me');
    server = await openAdminTestServer(path.join(work.dir, 'data'));
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('tells an admin they may use the console, without an id or a name', async () => {
    const response = await server.request(adminUser, '/api/me');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual<MeResponse>({
      groups: ['medewerkers'],
      roles: ['medewerker', 'beheerder'],
      admin: true,
    });
  });

  it('tells other staff they may not, which matches the admin API answering 403', async () => {
    const me = (await (await server.request(staffUser, '/api/me')).json()) as MeResponse;
    expect(me).toEqual({ groups: ['medewerkers'], roles: ['medewerker', 'expert'], admin: false });
    expect((await server.request(staffUser, '/api/admin/overview')).status).toBe(403);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await server.request(staffUser, '/api/openapi.json')).json()) as OpenApiDocument;
    const paths = document.paths as Record<string, { get?: { operationId?: string } }>;
    expect(paths['/me']?.get?.operationId).toBe('getMe');
  });
});
