import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../server/answer/index.ts';
import { chatModelConfigSchema } from '../server/config.ts';
import { startFakeOpenAiServer, tokensOf, type FakeOpenAiServer } from './support/fake-openai-server.ts';
import { folderSource } from './support/ingest-harness.ts';
import { makeTempDir, sampleDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const staff = testUser('medewerker-2', ['medewerkers']);

/** The model path through the HTTP API: SSE events, the final answer and the stored record. */
describe('POST /api/chat with a model on loopback', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let model: FakeOpenAiServer;

  beforeAll(async () => {
    model = await startFakeOpenAiServer();
    work = await makeTempDir('api-model');
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
    server = await openTestServer(work.dir, [folderSource('voorbeeld', sampleDir)], {
      chatModels: [chatModel],
    });
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
    await work?.remove();
  });

  async function ask(question: string) {
    const events = await readSse(await server.request(staff, '/api/chat', chatRequest({ question })));
    const sources = events[0]?.data as {
      passages: { number: number; text: string; relativePath: string }[];
      answerMode: string;
    };
    const end = events.at(-1)?.data as {
      status: string;
      text: string;
      answerId: string;
      citations: { number: number }[];
      flagged: { number: number }[];
    };
    return { events, sources, end };
  }

  it('streams a verified answer and records model, prompt version and token counts', async () => {
    // Script an answer that cites the passage holding the tariff, whatever its number turns out to be.
    const probe = await (
      await server.request(staff, '/api/search?q=Wat%20kost%20een%20bewonersvergunning')
    ).json();
    const tariff = probe.results.findIndex((result: { text: string }) => result.text.includes('98,40')) + 1;
    expect(tariff).toBeGreaterThan(0);
    model.script({ tokens: tokensOf(`Een bewonersvergunning kost € 98,40 per jaar [${tariff}].`) });

    const { events, sources, end } = await ask('Wat kost een bewonersvergunning?');
    expect(sources.answerMode).toBe('model');
    expect(events.map((event) => event.event)).toEqual(
      expect.arrayContaining(['sources', 'text-delta', 'citation', 'answer-end']),
    );
    expect(end.status).toBe('answered');
    expect(end.citations.map((citation) => citation.number)).toEqual([tariff]);

    const record = await (await server.request(staff, `/api/answers/${end.answerId}`)).json();
    expect(record.model).toEqual({
      name: 'lokaal',
      endpoint: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      model: 'fake-model',
    });
    expect(record.promptVersion).toBe('vraagbaak-answer-v1');
    expect(record.usage.completionTokens).toBeGreaterThan(0);
    expect(record.timings.firstTokenMs).toBeGreaterThanOrEqual(0);
    expect(record.cited).toEqual([expect.objectContaining({ number: tariff, supported: true })]);
  });

  it('ends a 500 from the model in an error event and a sources-only answer', async () => {
    model.script({ status: 500 });
    const { events, end } = await ask('Wat kost een bewonersvergunning?');
    const error = events.find((event) => event.event === 'error')?.data as { code: string };
    expect(error.code).toBe('model_http');
    expect(end.status).toBe('fallback');
    expect(end.text).toMatch(/98,40/);
    const record = await (await server.request(staff, `/api/answers/${end.answerId}`)).json();
    expect(record.error).toBeTruthy();
  });

  it('does not hang when the model never sends a first token', async () => {
    model.script({ firstTokenDelayMs: 5000, tokens: tokensOf('te laat') });
    const started = performance.now();
    const { events, end } = await ask('Wat kost een bewonersvergunning?');
    expect(performance.now() - started).toBeLessThan(3000);
    expect((events.find((event) => event.event === 'error')?.data as { code: string }).code).toBe(
      'model_timeout',
    );
    expect(end.status).toBe('fallback');
  });

  it('drops an invented citation and says "Ik weet het niet" when nothing valid remains', async () => {
    model.script({ tokens: tokensOf('Een bewonersvergunning is gratis [42].') });
    const { end } = await ask('Wat kost een bewonersvergunning?');
    expect(end.status).toBe('dont-know');
    expect(end.text).toMatch(/ik weet het niet/i);
    expect(end.text).not.toContain('[42]');
  });

  it('lets a request ask for passages only', async () => {
    const events = await readSse(
      await server.request(
        staff,
        '/api/chat',
        chatRequest({ question: 'Wat kost een bewonersvergunning?', model: 'none' }),
      ),
    );
    expect((events.at(-1)?.data as { status: string }).status).toBe('extractive');
  });
});
