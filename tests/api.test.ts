import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderSource } from './support/ingest-harness.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const staff = testUser('medewerker-1', ['medewerkers']);

describe('API over the sample corpus, extractive mode (no model configured)', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;

  beforeAll(async () => {
    work = await makeTempDir('api');
    server = await openTestServer(work.dir, [folderSource('voorbeeld', sampleDir)]);
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('answers "Wat kost een bewonersvergunning?" with a cited passage from the right document and page', async () => {
    const response = await server.request(
      staff,
      '/api/chat',
      chatRequest({ question: 'Wat kost een bewonersvergunning?' }),
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(response);
    expect(events[0]?.event).toBe('sources');
    const end = events.at(-1);
    expect(end?.event).toBe('answer-end');
    const answer = end?.data as {
      status: string;
      text: string;
      answerId: string;
      citations: { number: number; chunkId: string }[];
    };
    expect(answer.status).toBe('extractive');
    expect(answer.text).toMatch(/zonder taalmodel/i);
    expect(answer.text).toMatch(/98,40/);
    const sources = (
      events[0]?.data as { passages: { number: number; relativePath: string; pageStart: number }[] }
    ).passages;
    const cited = sources.filter((passage) =>
      answer.citations.some((citation) => citation.number === passage.number),
    );
    expect(cited.some((passage) => /parkeer/i.test(passage.relativePath) && passage.pageStart > 1)).toBe(
      true,
    );

    const record = await (await server.request(staff, `/api/answers/${answer.answerId}`)).json();
    expect(record).toMatchObject({
      question: 'Wat kost een bewonersvergunning?',
      userPseudonym: staff.pseudonym,
      status: 'extractive',
      model: null,
      retrievalMode: 'lexical',
    });
    expect(record.retrieved.length).toBeGreaterThan(0);
    expect(record.retrieved[0].contentHash).toMatch(/^[a-f0-9]{64}$/);
    expect(record.cited.length).toBeGreaterThan(0);
    expect(record.indexVersion).toMatch(/^lexicaal@/);
    expect(record.timings.retrievalMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(record)).not.toContain(staff.id);
  });

  it('says "Ik weet het niet" with a reason when nothing relevant is found', async () => {
    const events = await readSse(
      await server.request(
        staff,
        '/api/chat',
        chatRequest({ question: 'Hoeveel kamelen leven er op Mars?' }),
      ),
    );
    const end = events.at(-1)?.data as { status: string; text: string; dontKnowReason: string };
    expect(end.status).toBe('dont-know');
    expect(end.text).toMatch(/ik weet het niet/i);
    expect(end.dontKnowReason.length).toBeGreaterThan(5);
  });

  it('says why it does not know in the language the question asked for', async () => {
    const events = await readSse(
      await server.request(
        staff,
        '/api/chat',
        chatRequest({ question: 'How many camels live on Mars?', language: 'en' }),
      ),
    );
    const end = events.at(-1)?.data as { status: string; text: string; dontKnowReason: string };
    expect(end.status).toBe('dont-know');
    expect(end.text).toMatch(/^I don't know\./u);
    expect(end.dontKnowReason).toMatch(/passage|search words/u);
    expect(end.text).not.toMatch(/\b(passages gevonden|zoekwoorden|minstens|weet het niet)\b/u);
  });

  it('stores feedback on an answer', async () => {
    const events = await readSse(
      await server.request(staff, '/api/chat', chatRequest({ question: 'Wat is een fietsstraat?' })),
    );
    const { answerId } = events.at(-1)?.data as { answerId: string };
    const posted = await server.request(
      staff,
      `/api/answers/${answerId}/feedback`,
      chatRequest({ helpful: false, reason: 'Te vaag' }),
    );
    expect(posted.status).toBe(201);
    const record = await (await server.request(staff, `/api/answers/${answerId}`)).json();
    expect(record.feedback).toEqual([expect.objectContaining({ helpful: false, reason: 'Te vaag' })]);
    const invalid = await server.request(
      staff,
      `/api/answers/${answerId}/feedback`,
      chatRequest({ helpful: 'ja' }),
    );
    expect(invalid.status).toBe(400);
  });

  it('searches with filters and reports the retrieval mode', async () => {
    const all = await (await server.request(staff, '/api/search?q=laadpaal')).json();
    expect(all.mode).toBe('lexical');
    expect(all.lexicalReason).toBeTruthy();
    expect(all.results.length).toBeGreaterThan(0);
    const pdfOnly = await (await server.request(staff, '/api/search?q=laadpaal&format=pdf')).json();
    expect(pdfOnly.results.every((result: { format: string }) => result.format === 'pdf')).toBe(true);
    const none = await (await server.request(staff, '/api/search?q=laadpaal&source=bestaat-niet')).json();
    expect(none.results).toEqual([]);
    const future = await (await server.request(staff, '/api/search?q=laadpaal&from=2999-01-01')).json();
    expect(future.results).toEqual([]);
  });

  it('returns a document with text and chunk offsets, and the original file with its content type', async () => {
    const search = await (await server.request(staff, '/api/search?q=bewonersvergunning&format=pdf')).json();
    const hit = search.results[0];
    const document = await (await server.request(staff, `/api/documents/${hit.documentId}`)).json();
    expect(document.text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(document.chunks.length).toBeGreaterThan(0);
    const file = await server.request(staff, `/api/documents/${hit.documentId}/file`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  });

  it('uses one error shape for validation errors, unknown ids and unknown routes', async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ['/api/search', undefined, 400, 'bad_request'],
      ['/api/chat', chatRequest({ question: '' }), 400, 'bad_request'],
      [
        '/api/chat',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{niet-json' },
        400,
        'bad_request',
      ],
      [
        '/api/chat',
        chatRequest({ question: 'Wat kost parkeren?', model: 'bestaat-niet' }),
        400,
        'bad_request',
      ],
      ['/api/documents/../../etc/passwd', undefined, 404, 'not_found'],
      ['/api/documents/0123456789abcdef01234567', undefined, 404, 'not_found'],
      ['/api/documents/%2e%2e%2fsecret/file', undefined, 400, 'bad_request'],
      ['/api/answers/niet-een-uuid', undefined, 400, 'bad_request'],
      ['/api/bestaat-niet', undefined, 404, 'not_found'],
    ];
    for (const [url, init, status, code] of cases) {
      const response = await server.request(staff, url, init);
      expect(response.status, url).toBe(status);
      const body = await response.json();
      expect(body, url).toEqual({ error: { code, message: expect.any(String) } });
    }
  });

  it('reports health: index statistics, lexical mode and no model', async () => {
    const health = await (await server.request(staff, '/api/health')).json();
    expect(health.index.searchableDocuments).toBeGreaterThanOrEqual(8);
    expect(health.embedding.loaded).toBe(false);
    expect(health.retrieval.mode).toBe('lexical');
    expect(health.chatModels).toEqual([]);
    expect(health.answerMode).toBe('extractive');
  });

  it('describes every route in the OpenAPI document and sends API-Version', async () => {
    const response = await server.request(staff, '/api/openapi.json');
    expect(response.headers.get('api-version')).toBe('1.0.0');
    const document = await response.json();
    const described = Object.keys(document.paths);
    for (const route of [
      '/health',
      '/search',
      '/chat',
      '/documents/{id}',
      '/documents/{id}/file',
      '/answers/{id}',
      '/answers/{id}/feedback',
    ]) {
      expect(described).toContain(route);
    }
    expect(path.basename(sampleDir)).toBe('sample');
  });
});
