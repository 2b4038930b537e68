import { describe, expect, it } from 'vitest';
import { documentResponse, healthResponse } from '../test-support/fixtures.ts';
import { createApiClient, documentFileUrl } from './client.ts';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createApiClient', () => {
  it('returns the parsed body of a successful call', async () => {
    const urls: string[] = [];
    const api = createApiClient({
      fetch: async (url) => {
        urls.push(String(url));
        return String(url).endsWith('/api/health') ? json(healthResponse()) : json(documentResponse());
      },
    });
    const health = await api.health();
    const document = await api.document('aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(health.ok && health.value.index.documents).toBe(11);
    expect(document.ok && document.value.title).toBe('Beleidsregels parkeervergunningen Groningen 2025');
    expect(urls).toEqual(['/api/health', '/api/documents/aaaaaaaaaaaaaaaaaaaaaaaa']);
  });

  it("keeps the server's plain-language message for an error", async () => {
    const api = createApiClient({
      fetch: async () =>
        json(
          {
            error: {
              code: 'not_found',
              message: 'Dit document bestaat niet of u heeft er geen toegang toe.',
            },
          },
          404,
        ),
    });
    expect(await api.document('aaaaaaaaaaaaaaaaaaaaaaaa')).toEqual({
      ok: false,
      reason: {
        kind: 'http',
        status: 404,
        code: 'not_found',
        message: 'Dit document bestaat niet of u heeft er geen toegang toe.',
      },
    });
  });

  it('copes with an error page that is not JSON', async () => {
    const api = createApiClient({ fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 502 }) });
    expect(await api.health()).toEqual({
      ok: false,
      reason: { kind: 'http', status: 502, code: null, message: null },
    });
  });

  it('posts feedback as JSON to the answer', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const api = createApiClient({
      fetch: async (url, init) => {
        calls.push({ url: String(url), init });
        return json({ answerId: 'x', helpful: false, reason: 'verouderd' }, 201);
      },
    });
    const result = await api.sendFeedback('11111111-2222-4333-8444-555555555555', {
      helpful: false,
      reason: 'verouderd',
    });
    expect(result).toEqual({ ok: true, value: true });
    expect(calls[0]?.url).toBe('/api/answers/11111111-2222-4333-8444-555555555555/feedback');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ helpful: false, reason: 'verouderd' });
  });

  it('reports a network failure instead of throwing', async () => {
    const api = createApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await api.health()).toEqual({
      ok: false,
      reason: { kind: 'network', message: 'Failed to fetch' },
    });
  });
});

describe('documentFileUrl', () => {
  it('points the PDF viewer at the cited page', () => {
    expect(documentFileUrl('abc', 3)).toBe('/api/documents/abc/file#page=3');
    expect(documentFileUrl('abc', null)).toBe('/api/documents/abc/file');
  });
});
