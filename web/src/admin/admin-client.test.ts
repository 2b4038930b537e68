import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AdminJob, AdminSourcesResponse } from '../../../server/contract/index.ts';
import { createAdminClient, jobFilesCsvUrl } from './admin-client.ts';
import type { adminRoutesClient } from './admin-routes-client.ts';
import { adminJob } from './test-support/admin-fixtures.ts';

interface Sent {
  method: string;
  url: string;
  accept: string | null;
  contentType: string | null;
  body: unknown;
}

/** A fetch that records each request and answers with `reply`. */
function recording(reply: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const request: Sent = {
      method: init?.method ?? 'GET',
      url: String(input),
      accept: headers.get('accept'),
      contentType: headers.get('content-type'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
    };
    sent.push(request);
    return reply(request);
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createAdminClient', () => {
  it('sends each call to its route, with parameters encoded and JSON bodies', async () => {
    const { sent, fetch } = recording(() => json(adminJob()));
    const client = createAdminClient({ fetch });
    await client.sources();
    await client.source('a b');
    await client.addSource({ name: 'beleid', root: '/mnt/beleid' });
    await client.updateSource('beleid', { root: '/mnt/beleid', schedule: null });
    await client.removeSource('beleid', 'beleid');
    await client.startJob({ sources: 'all' });
    await client.jobs({ status: ['failed', 'cancelled'], limit: 5, source: '' });
    await client.job('20250101000000-0123abcd');
    await client.cancelJob('x/y');
    await client.resumeJob('x');
    await client.jobFiles('x', { status: ['failed'], q: '  kapot ', offset: 200 });
    await client.overview();
    await client.rebuild();
    await client.discardRebuild();
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /api/admin/sources',
      'GET /api/admin/sources/a%20b',
      'POST /api/admin/sources',
      'PUT /api/admin/sources/beleid',
      'DELETE /api/admin/sources/beleid?confirm=beleid',
      'POST /api/admin/jobs',
      'GET /api/admin/jobs?status=failed%2Ccancelled&limit=5',
      'GET /api/admin/jobs/20250101000000-0123abcd',
      'POST /api/admin/jobs/x%2Fy/cancel',
      'POST /api/admin/jobs/x/resume',
      'GET /api/admin/jobs/x/files?status=failed&q=kapot&offset=200',
      'GET /api/admin/overview',
      'POST /api/admin/index/rebuild',
      'DELETE /api/admin/index/rebuild',
    ]);
    expect(sent.every((request) => request.accept === 'application/json')).toBe(true);
    expect(sent[2]).toMatchObject({
      contentType: 'application/json',
      body: { name: 'beleid', root: '/mnt/beleid' },
    });
    expect(sent[12]?.body).toEqual({});
  });

  it('returns the body of a success and the reason of a refusal, never throwing', async () => {
    const job = adminJob();
    const ok = await createAdminClient({ fetch: recording(() => json(job, 202)).fetch }).startJob({
      sources: ['beleid'],
    });
    expect(ok).toEqual({ ok: true, value: job });
    const refused = await createAdminClient({
      fetch: recording(() => json({ error: { code: 'conflict', message: 'Er loopt al een taak.' } }, 409))
        .fetch,
    }).startJob({ sources: ['beleid'] });
    expect(refused).toEqual({
      ok: false,
      reason: { kind: 'http', status: 409, code: 'conflict', message: 'Er loopt al een taak.' },
    });
    const offline = await createAdminClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    }).sources();
    expect(offline).toEqual({ ok: false, reason: { kind: 'network', message: 'Failed to fetch' } });
  });

  it('takes its types from the routes', () => {
    type Client = ReturnType<typeof adminRoutesClient>;
    type Sources = Extract<Awaited<ReturnType<Client['sources']['$get']>>, { status: 200 }>;
    expectTypeOf<Awaited<ReturnType<Sources['json']>>>().toEqualTypeOf<AdminSourcesResponse>();
    type Started = Extract<Awaited<ReturnType<Client['jobs']['$post']>>, { status: 202 }>;
    expectTypeOf<Awaited<ReturnType<Started['json']>>>().toEqualTypeOf<AdminJob>();
  });
});

describe('jobFilesCsvUrl', () => {
  it('links the CSV of the same selection', () => {
    expect(jobFilesCsvUrl('x', { status: ['failed', 'skipped'], q: ' kapot ' })).toBe(
      '/api/admin/jobs/x/files.csv?status=failed%2Cskipped&q=kapot',
    );
    expect(jobFilesCsvUrl('x')).toBe('/api/admin/jobs/x/files.csv');
  });
});
