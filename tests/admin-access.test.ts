import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUser, openAdminTestServer, staffUser, type AdminTestServer } from './support/admin-app.ts';
import { makeTempDir } from './support/paths.ts';
import { testUser } from './support/test-app.ts';

const jobId = '20250101000000-0123abcd';
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

// Every admin route, with a body a real admin could send: the check must come before anything else.
const routes: [string, string, RequestInit?][] = [
  ['GET', '/api/admin/sources'],
  ['GET', '/api/admin/sources/beleid'],
  ['POST', '/api/admin/sources', json('POST', { name: 'indringer', root: '/tmp' })],
  ['PUT', '/api/admin/sources/beleid', json('PUT', { root: '/tmp', accessGroups: ['iedereen'] })],
  ['DELETE', '/api/admin/sources/beleid?confirm=beleid'],
  ['GET', '/api/admin/jobs'],
  ['POST', '/api/admin/jobs', json('POST', { sources: 'all' })],
  ['GET', `/api/admin/jobs/${jobId}`],
  ['POST', `/api/admin/jobs/${jobId}/cancel`],
  ['POST', `/api/admin/jobs/${jobId}/resume`],
  ['GET', `/api/admin/jobs/${jobId}/files?status=failed`],
  ['GET', `/api/admin/jobs/${jobId}/files.csv`],
  ['GET', `/api/admin/jobs/${jobId}/events`],
  ['GET', '/api/admin/overview'],
  ['POST', '/api/admin/index/rebuild', json('POST', { force: true })],
  ['DELETE', '/api/admin/index/rebuild'],
  ['GET', '/api/admin/bestaat-niet'],
];

describe('admin API: only the role beheerder', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: AdminTestServer;

  beforeAll(async () => {
    work = await makeTempDir('admin-access');
    const root = path.join(work.dir, 'share');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.md'), '# A\n\nTekst.\n');
    server = await openAdminTestServer(path.join(work.dir, 'data'));
    const added = await server.json('POST', '/api/admin/sources', { name: 'beleid', root });
    expect(added.status).toBe(201);
  });

  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  const outsiders = [
    ['staff with other roles', staffUser],
    ['no roles at all', testUser('gast', ['medewerkers'], [])],
    ['a role that merely contains the word', testUser('bijna', ['medewerkers'], ['beheerders', 'Beheerder'])],
  ] as const;

  for (const [label, user] of outsiders) {
    it(`refuses ${label} on every route with 403 forbidden, and changes nothing`, async () => {
      for (const [method, url, init] of routes) {
        const response = await server.request(user, url, { method, ...init });
        expect(response.status, `${method} ${url}`).toBe(403);
        expect(await response.json(), `${method} ${url}`).toEqual({
          error: { code: 'forbidden', message: expect.stringContaining('beheerders') },
        });
      }
      const sources = await server.json<{
        sources: { name: string; root: string; accessGroups: string[] }[];
      }>('GET', '/api/admin/sources');
      expect(sources.body.sources.map((source) => [source.name, source.accessGroups])).toEqual([
        ['beleid', ['medewerkers']],
      ]);
      const jobs = await server.json<{ jobs: unknown[] }>('GET', '/api/admin/jobs');
      expect(jobs.body.jobs).toEqual([]);
    });
  }

  it('lets an admin through on the same routes', async () => {
    for (const [method, url, init] of routes) {
      const sideEffects = method === 'DELETE' || (method === 'POST' && /\/(jobs|rebuild)$/.test(url));
      if (sideEffects) continue;
      const response = await server.request(adminUser, url, { method, ...init });
      expect(response.status, `${method} ${url}`).not.toBe(403);
      await response.body?.cancel();
    }
  });

  it('describes every admin route in the OpenAPI document', async () => {
    const document = (await (await server.request(staffUser, '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = document.paths;
    for (const [method, url] of routes) {
      if (url.endsWith('/bestaat-niet')) continue;
      const described = url
        .replace(/^\/api/, '')
        .replace(/\?.*$/, '')
        .replace(jobId, '{id}')
        .replace(/\/sources\/beleid$/, '/sources/{name}');
      expect(paths[described]?.[method.toLowerCase()], `${method} ${described}`).toBeDefined();
    }
  });
});
