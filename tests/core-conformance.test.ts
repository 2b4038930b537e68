/**
 * The reader's API (health, me, search, chat, documents, answers, the document itself) against its generated
 * OpenAPI document: every operation, every success status and the main errors, each real response validated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../server/answer/index.ts';
import { chatModelConfigSchema } from '../server/config.ts';
import { startFakeOpenAiServer, tokensOf, type FakeOpenAiServer } from './support/fake-openai-server.ts';
import { folderSource } from './support/ingest-harness.ts';
import { notesClient } from './support/notes-client.ts';
import {
  conformanceChecker,
  shapelessSchemas,
  type ConformanceChecker,
  type OpenApiDocument,
} from './support/openapi-conformance.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const groups = ['medewerkers', 'mobiliteit'];
const staff = testUser('medewerker-conform', groups);
const other = testUser('medewerker-ander', groups);
const author = testUser('expert-conform', groups, ['medewerker', 'expert']);
const reviewer = testUser('expert-review', groups, ['medewerker', 'expert']);
const unknownDocument = '0123456789abcdef01234567';
const unknownAnswer = '11111111-2222-4333-8444-555555555555';
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
/** The reader's prefixes; admin, notes and gaps have conformance tests of their own. */
const prefixes = ['/health', '/me', '/search', '/chat', '/documents', '/answers', '/openapi.json'];

describe('the reader API conforms to its generated OpenAPI document', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let model: FakeOpenAiServer;
  let document: OpenApiDocument;
  let checker: ConformanceChecker;

  /** Sends a request as `user`, checks the response against the document, and returns it. */
  async function send(user: typeof staff, url: string, init?: RequestInit): Promise<Response> {
    const response = await server.request(user, url, init);
    await checker.check(init?.method ?? 'GET', url, response);
    return response;
  }

  async function ask(body: Record<string, unknown>) {
    const response = await send(staff, '/api/chat', chatRequest(body));
    expect(response.status).toBe(200);
    return readSse(response);
  }

  beforeAll(async () => {
    model = await startFakeOpenAiServer();
    work = await makeTempDir('core-conformance');
    const chatModel = createOpenAiChatModel(
      chatModelConfigSchema.parse({
        name: 'lokaal',
        baseUrl: model.baseUrl,
        model: 'fake-model',
        firstTokenTimeoutMs: 400,
        stallTimeoutMs: 400,
        totalTimeoutMs: 5000,
      }),
    );
    server = await openTestServer(work.dir, [folderSource('voorbeeld', sampleDir, groups)], {
      chatModels: [chatModel],
    });
    const response = await server.request(staff, '/api/openapi.json');
    document = (await response.clone().json()) as OpenApiDocument;
    checker = conformanceChecker(document);
    await checker.check('GET', '/api/openapi.json', response);
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
    await work?.remove();
  });

  it('health and me', async () => {
    expect((await send(staff, '/api/health')).status).toBe(200);
    expect((await send(staff, '/api/me')).status).toBe(200);
  });

  it('search: results, filters, a passage from a knowledge note, and invalid input', async () => {
    expect((await send(staff, '/api/search?q=laadpaal&format=pdf,html&from=2000-01-01&limit=5')).status).toBe(
      200,
    );
    await notesClient(server).publish(author, reviewer, {
      title: 'Sleutelkluis',
      body: 'De sleutelkluiscode staat in het teamkanaal, niet in de mail.',
      topic: 'Algemeen',
      authorName: 'Anna',
    });
    const noted = await (await send(staff, '/api/search?q=sleutelkluiscode')).json();
    expect(noted.results.some((result: { note: unknown }) => result.note !== null)).toBe(true);
    expect((await send(staff, '/api/search')).status).toBe(400);
    expect((await send(staff, '/api/search?q=laadpaal&limit=500')).status).toBe(400);
  });

  it('chat: every event of the stream, extractive and with a model, and invalid input', async () => {
    const extractive = await ask({ question: 'Wat kost een bewonersvergunning?', model: 'none' });
    expect([extractive[0]?.event, extractive.at(-1)?.event]).toEqual(['sources', 'answer-end']);

    const probe = await (
      await server.request(staff, '/api/search?q=Wat%20kost%20een%20bewonersvergunning')
    ).json();
    const tariff = probe.results.findIndex((result: { text: string }) => result.text.includes('98,40')) + 1;
    model.script({ tokens: tokensOf(`Een bewonersvergunning kost € 98,40 per jaar [${tariff}].`) });
    const answered = await ask({ question: 'Wat kost een bewonersvergunning?', language: 'nl' });
    expect(answered.map((event) => event.event)).toEqual(
      expect.arrayContaining(['sources', 'text-delta', 'citation', 'answer-end']),
    );

    model.script({ status: 500 });
    const failed = await ask({ question: 'Wat kost een bewonersvergunning?', filters: { format: ['pdf'] } });
    expect(failed.map((event) => event.event)).toContain('error');

    expect((await send(staff, '/api/chat', chatRequest({ question: '' }))).status).toBe(400);
    expect(
      (await send(staff, '/api/chat', chatRequest({ question: 'Wat kost parkeren?', model: 'bestaat-niet' })))
        .status,
    ).toBe(400);
  });

  it('documents: the document, its file, unknown and invalid ids', async () => {
    const search = await (await server.request(staff, '/api/search?q=bewonersvergunning&format=pdf')).json();
    const id = search.results[0].documentId as string;
    expect((await send(staff, `/api/documents/${id}`)).status).toBe(200);
    expect((await send(staff, `/api/documents/${unknownDocument}`)).status).toBe(404);
    expect((await send(staff, '/api/documents/niet-een-id')).status).toBe(400);
    const file = await send(staff, `/api/documents/${id}/file`);
    expect(file.status).toBe(200);
    await file.arrayBuffer();
    expect((await send(staff, `/api/documents/${unknownDocument}/file`)).status).toBe(404);
    expect((await send(staff, '/api/documents/niet-een-id/file')).status).toBe(400);
  });

  it('answers: the record, feedback, and answers that are not yours or do not exist', async () => {
    const events = await ask({ question: 'Wat is een fietsstraat?', model: 'none' });
    const { answerId } = events.at(-1)?.data as { answerId: string };
    expect(
      (await send(staff, `/api/answers/${answerId}/feedback`, json('POST', { helpful: true }))).status,
    ).toBe(201);
    expect(
      (
        await send(
          staff,
          `/api/answers/${answerId}/feedback`,
          json('POST', { helpful: false, reason: 'Vaag' }),
        )
      ).status,
    ).toBe(201);
    expect((await send(staff, `/api/answers/${answerId}`)).status).toBe(200);
    expect((await send(other, `/api/answers/${answerId}`)).status).toBe(404);
    expect((await send(staff, `/api/answers/${unknownAnswer}`)).status).toBe(404);
    expect((await send(staff, '/api/answers/niet-een-uuid')).status).toBe(400);
    expect(
      (await send(staff, `/api/answers/${answerId}/feedback`, json('POST', { helpful: 'ja' }))).status,
    ).toBe(400);
    expect(
      (await send(staff, `/api/answers/${unknownAnswer}/feedback`, json('POST', { helpful: true }))).status,
    ).toBe(404);
  });

  /** The component schemas `node` refers to, directly or through other components. */
  function reachable(node: unknown, found: Record<string, Record<string, unknown>> = {}) {
    const schemas = document.components?.schemas ?? {};
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        const name = key === '$ref' && typeof child === 'string' ? child.split('/').pop() : undefined;
        if (name && schemas[name] && !found[name]) {
          found[name] = schemas[name];
          visit(schemas[name]);
        } else visit(child);
      }
    };
    visit(node);
    return found;
  }

  it('leaves no reader operation unexercised and no reader schema without a shape', () => {
    for (const prefix of prefixes) expect(checker.uncovered(prefix), prefix).toEqual([]);
    const readerPaths = Object.fromEntries(
      Object.entries(document.paths).filter(([path]) => prefixes.some((prefix) => path.startsWith(prefix))),
    );
    expect(shapelessSchemas({ paths: readerPaths, components: { schemas: reachable(readerPaths) } })).toEqual(
      [],
    );
  });

  it('has no shapeless schema in this document (admin-conformance checks the console), and no path outside the areas a conformance test covers', () => {
    expect(shapelessSchemas(document)).toEqual([]);
    // admin-conformance and notes-conformance prove that every operation under their prefixes was exercised.
    const covered = [...prefixes, '/admin', '/notes', '/gaps'];
    const outside = Object.keys(document.paths).filter(
      (path) => !covered.some((prefix) => path.startsWith(prefix)),
    );
    expect(outside).toEqual([]);
  });
});
