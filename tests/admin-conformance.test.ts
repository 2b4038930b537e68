/**
 * Every admin operation answers as the generated OpenAPI document says: real requests against the real app
 * over a real knowledge base, each response (JSON, CSV, every event of the job stream) checked against the
 * document that `GET /api/openapi.json` serves.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminJob } from '../server/contract/admin-index.ts';
import {
  createGate,
  openAdminTestServer,
  staffUser,
  adminUser,
  type AdminTestServer,
} from './support/admin-app.ts';
import {
  conformanceChecker,
  shapelessSchemas,
  type ConformanceChecker,
  type OpenApiDocument,
} from './support/openapi-conformance.ts';
import { makeTempDir } from './support/paths.ts';

const unknownJob = '20250101000000-0123abcd';

describe('admin API conforms to the generated OpenAPI document', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: AdminTestServer;
  let document: OpenApiDocument;
  let checker: ConformanceChecker;
  // The first sync reads all four files and one more passes; then files wait until the gate opens.
  const gate = createGate(5);

  beforeAll(async () => {
    work = await makeTempDir('admin-conformance');
    for (const [source, files] of [
      ['beleid', ['a', 'b', 'c']],
      ['ander', ['d']],
    ] as const) {
      await mkdir(path.join(work.dir, source), { recursive: true });
      for (const file of files)
        await writeFile(path.join(work.dir, source, `${file}.md`), `# ${file}\n\nTekst over ${file}.\n`);
    }
    server = await openAdminTestServer(path.join(work.dir, 'data'), {
      wrapParser: (parser) => gate.wrap(parser),
    });
    document = (await (await server.request(staffUser, '/api/openapi.json')).json()) as OpenApiDocument;
    checker = conformanceChecker(document);
  });

  afterAll(async () => {
    gate.release();
    await server?.close();
    await work?.remove();
  });

  /** Sends a request as admin (or `user`), checks the response against the document, and returns it. */
  const call = async (method: string, url: string, body?: unknown, user = adminUser) => {
    const response = await server.request(user, url, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    await checker.check(method, url, response);
    return response;
  };
  const status = async (method: string, url: string, body?: unknown) =>
    (await call(method, url, body)).status;
  const job = async (method: string, url: string, body?: unknown) => {
    const response = await call(method, url, body);
    return { status: response.status, job: (await response.json()) as AdminJob };
  };

  it('sources: list, add, read, change and remove, with their refusals', async () => {
    expect((await call('GET', '/api/admin/sources', undefined, staffUser)).status).toBe(403);
    const root = (name: string) => path.join(work.dir, name);
    expect(await status('POST', '/api/admin/sources', { name: 'beleid', root: root('beleid') })).toBe(201);
    expect(await status('POST', '/api/admin/sources', { name: 'ander', root: root('ander') })).toBe(201);
    expect(await status('POST', '/api/admin/sources', { name: 'Fout', root: '/bestaat/niet' })).toBe(400);
    expect(await status('GET', '/api/admin/sources')).toBe(200);
    expect(await status('GET', '/api/admin/sources/beleid')).toBe(200);
    expect(await status('GET', '/api/admin/sources/onbekend')).toBe(404);
    expect(await status('GET', '/api/admin/sources/Geen%20Naam')).toBe(400);
    const change = { root: root('beleid'), accessGroups: ['medewerkers'], schedule: '0 2 * * *' };
    expect(await status('PUT', '/api/admin/sources/beleid', change)).toBe(200);
    expect(await status('PUT', '/api/admin/sources/beleid', { ...change, name: 'anders' })).toBe(400);
    expect(await status('PUT', '/api/admin/sources/onbekend', change)).toBe(404);

    await mkdir(root('tijdelijk'));
    expect(await status('POST', '/api/admin/sources', { name: 'tijdelijk', root: root('tijdelijk') })).toBe(
      201,
    );
    expect(await status('DELETE', '/api/admin/sources/tijdelijk')).toBe(409);
    expect(await status('DELETE', '/api/admin/sources/tijdelijk?confirm=tijdelijk')).toBe(200);
    expect(await status('DELETE', '/api/admin/sources/tijdelijk?confirm=tijdelijk')).toBe(404);
  });

  it('jobs: start, list, read, files, CSV and the event stream of a finished job', async () => {
    const started = await job('POST', '/api/admin/jobs', { sources: 'all' });
    expect(started.status).toBe(202);
    expect((await server.waitForJob(started.job.id)).status).toBe('completed');
    expect(await status('POST', '/api/admin/jobs', { sources: ['onbekend'] })).toBe(404);
    expect(await status('POST', '/api/admin/jobs', { sources: [] })).toBe(400);

    expect(await status('GET', '/api/admin/jobs?limit=10&status=completed,failed')).toBe(200);
    expect(await status('GET', '/api/admin/jobs?status=klaar')).toBe(400);
    expect(await status('GET', `/api/admin/jobs/${started.job.id}`)).toBe(200);
    expect(await status('GET', `/api/admin/jobs/${unknownJob}`)).toBe(404);
    expect(await status('GET', '/api/admin/jobs/geen-id')).toBe(400);

    expect(await status('GET', `/api/admin/jobs/${started.job.id}/files?status=indexed&q=a&limit=2`)).toBe(
      200,
    );
    expect(await status('GET', `/api/admin/jobs/${unknownJob}/files`)).toBe(404);
    const csv = await call('GET', `/api/admin/jobs/${started.job.id}/files.csv?status=indexed`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/^bron,pad,status,reden,duur_ms/);
    expect(await status('GET', `/api/admin/jobs/${unknownJob}/files.csv`)).toBe(404);

    const events = await call('GET', `/api/admin/jobs/${started.job.id}/events`);
    expect(events.status).toBe(200);
    expect(await events.text()).toMatch(/event: snapshot[\s\S]*event: done/);
    expect(await status('GET', `/api/admin/jobs/${unknownJob}/events`)).toBe(404);
  });

  it('jobs: a running job streams, a queued one is cancelled at once, a cancelled one resumes', async () => {
    const running = await job('POST', '/api/admin/jobs', { sources: ['beleid'], force: true });
    expect(running.status).toBe(202);
    await until(() => gate.passed >= 5);
    const queued = await job('POST', '/api/admin/jobs', { sources: ['ander'] });
    expect(queued.job.status).toBe('queued');
    expect(await status('POST', '/api/admin/jobs', { sources: ['beleid'] })).toBe(409);
    expect((await job('POST', `/api/admin/jobs/${queued.job.id}/cancel`)).status).toBe(200);

    const url = `/api/admin/jobs/${running.job.id}/events`;
    const stream = await server.request(adminUser, url);
    expect((await job('POST', `/api/admin/jobs/${running.job.id}/cancel`)).status).toBe(202);
    await checker.check('GET', url, stream);
    expect(await stream.text()).toMatch(/event: snapshot[\s\S]*event: done/);
    expect((await server.waitForJob(running.job.id)).status).toBe('cancelled');
    expect(await status('POST', `/api/admin/jobs/${running.job.id}/cancel`)).toBe(409);
    expect(await status('POST', `/api/admin/jobs/${unknownJob}/cancel`)).toBe(404);

    gate.release();
    const resumed = await job('POST', `/api/admin/jobs/${running.job.id}/resume`);
    expect(resumed.status).toBe(202);
    expect((await server.waitForJob(resumed.job.id)).status).toBe('completed');
    expect(await status('POST', `/api/admin/jobs/${resumed.job.id}/resume`)).toBe(409);
    expect(await status('POST', `/api/admin/jobs/${unknownJob}/resume`)).toBe(404);
  });

  it('overview and index: the overview, a rebuild refused and then forced', async () => {
    expect(await status('GET', '/api/admin/overview?staleYears=5')).toBe(200);
    expect(await status('GET', '/api/admin/overview?staleYears=0')).toBe(400);
    expect(await status('POST', '/api/admin/index/rebuild', {})).toBe(409);
    expect(await status('DELETE', '/api/admin/index/rebuild')).toBe(404);

    const rebuild = await job('POST', '/api/admin/index/rebuild', { force: true });
    expect(rebuild.status).toBe(202);
    const finished = await server.waitForJob(rebuild.job.id);
    expect(finished.status).toBe('completed');
    // The overview while a job is active and after one finished both carry whole jobs.
    expect(await status('GET', '/api/admin/overview')).toBe(200);
  });

  it('index: a cancelled rebuild is discarded', async () => {
    // A server whose jobs wait at the first file, so the rebuild is still pending when it is cancelled.
    await server.close();
    const held = createGate(0);
    server = await openAdminTestServer(path.join(work.dir, 'data'), {
      wrapParser: (parser) => held.wrap(parser),
    });
    try {
      const rebuild = await job('POST', '/api/admin/index/rebuild', { force: true });
      expect(rebuild.status).toBe(202);
      await until(async () => (await server.store.pendingRebuild()) !== null);
      expect(await status('GET', '/api/admin/overview')).toBe(200);
      expect(await status('DELETE', '/api/admin/index/rebuild')).toBe(409);
      expect((await job('POST', `/api/admin/jobs/${rebuild.job.id}/cancel`)).status).toBe(202);
      expect((await server.waitForJob(rebuild.job.id)).status).toBe('cancelled');
      expect(await status('DELETE', '/api/admin/index/rebuild')).toBe(200);
    } finally {
      held.release();
    }
  });

  it('covers every documented admin operation, and no admin schema is a bare object', () => {
    expect(checker.uncovered('/admin')).toEqual([]);
    expect(shapelessSchemas(adminPart(document))).toEqual([]);
  });
});

/** The admin paths and the component schemas they reference, directly or through other components. */
function adminPart(document: OpenApiDocument): OpenApiDocument {
  const paths = Object.fromEntries(
    Object.entries(document.paths).filter(([template]) => template.startsWith('/admin')),
  );
  const all = document.components?.schemas ?? {};
  const names = new Set<string>();
  const visit = (node: unknown) => {
    for (const [, name] of JSON.stringify(node).matchAll(/#\/components\/schemas\/([^"]+)/g)) {
      if (names.has(name!)) continue;
      names.add(name!);
      visit(all[name!]);
    }
  };
  visit(paths);
  expect(names.size).toBeGreaterThan(5);
  return { paths, components: { schemas: Object.fromEntries([...names].map((name) => [name, all[name]!])) } };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
