import { describe, expect, it } from 'vitest';
import { createNotesClient } from './notes-client.ts';
import { noteView } from './test-support/notes-fixtures.ts';

function recordingFetch(answer: (url: string, init: RequestInit) => Response) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init: init ?? {} });
    return answer(String(input), init ?? {});
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('notes client', () => {
  it('builds the list query and sends changes as JSON', async () => {
    const { fetch, requests } = recordingFetch(() => json({ notes: [], total: 0 }));
    const client = createNotesClient({ fetch });
    await client.list({ status: ['in-review'], topic: 'markten', needsReview: true, mine: false });
    await client.documentOptions(' parkeren ');
    await client.gaps(['open', 'in-progress']);
    expect(requests.map((request) => request.url)).toEqual([
      '/api/notes?status=in-review&topic=markten&needsReview=true',
      '/api/notes/document-options?q=parkeren',
      '/api/gaps?status=open%2Cin-progress',
    ]);
  });

  it('returns a 409 as a conflict with the note as it is now', async () => {
    const current = noteView({ version: 4, updatedByName: 'Bram' });
    const { fetch, requests } = recordingFetch(() =>
      json({ error: { code: 'conflict', message: 'Gewijzigd door Bram.' }, current, yourRevisionId: 7 }, 409),
    );
    const result = await createNotesClient({ fetch }).save(current.id, { body: 'x', expectedVersion: 3 });
    expect(result).toEqual({
      ok: false,
      reason: { kind: 'conflict', message: 'Gewijzigd door Bram.', current, yourRevisionId: 7 },
    });
    expect(requests[0]?.init).toMatchObject({
      method: 'PUT',
      body: JSON.stringify({ body: 'x', expectedVersion: 3 }),
    });
  });

  it("keeps the server's explanation of any other refusal, and says so when the server is unreachable", async () => {
    const refused = createNotesClient({
      fetch: recordingFetch(() =>
        json({ error: { code: 'bad_request', message: 'Ongeldige invoer: x' } }, 400),
      ).fetch,
    });
    expect(await refused.submit('id', { expectedVersion: 1 })).toEqual({
      ok: false,
      reason: { kind: 'http', status: 400, code: 'bad_request', message: 'Ongeldige invoer: x' },
    });
    const offline = createNotesClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch,
    });
    expect(await offline.review('id', { decision: 'approved', expectedVersion: 1 })).toEqual({
      ok: false,
      reason: { kind: 'network', message: 'Failed to fetch' },
    });
  });
});
