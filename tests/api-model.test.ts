import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    const modelWith = (name: string, limits: Record<string, number>) =>
      createOpenAiChatModel(
        chatModelConfigSchema.parse({ name, baseUrl: model.baseUrl, model: 'fake-model', ...limits }),
      );
    server = await openTestServer(work.dir, [folderSource('voorbeeld', sampleDir)], {
      chatModels: [
        // Limits a loaded machine cannot hit: a slow first token must not turn an answer into a fallback.
        modelWith('lokaal', { firstTokenTimeoutMs: 10_000, stallTimeoutMs: 10_000, totalTimeoutMs: 30_000 }),
        // Short limits, for the test of the limits.
        modelWith('kort', { firstTokenTimeoutMs: 400, stallTimeoutMs: 400, totalTimeoutMs: 5000 }),
      ],
      defaultChatModel: 'lokaal',
    });
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
    await work?.remove();
  });

  async function ask(question: string, chatModel?: string) {
    const body = chatModel ? { question, model: chatModel } : { question };
    const events = await readSse(await server.request(staff, '/api/chat', chatRequest(body)));
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
    const { events, end } = await ask('Wat kost een bewonersvergunning?', 'kort');
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

  it('records an answer the reader stopped as stopped, sends no end, and cancels the model request', async () => {
    // Three words, then silence with the connection open: only the reader going away ends this answer.
    model.script({ tokens: tokensOf('Een bewonersvergunning kost'), stallAfterTokens: 3 });
    const before = await server.answers.listAnswers({ statuses: ['stopped'] });
    const response = await server.request(
      staff,
      '/api/chat',
      chatRequest({ question: 'Wat kost een bewonersvergunning?' }),
    );
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('event: text-delta')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
    expect(received).not.toContain('event: answer-end');

    const upstream = model.requests.at(-1);
    await upstream?.closed;
    expect(upstream?.completed).toBe(false);
    // Saved once the model stream has stopped; waited for without a deadline of its own beyond the test's.
    await vi.waitFor(
      async () => {
        const stopped = await server.answers.listAnswers({ statuses: ['stopped'] });
        expect(stopped).toHaveLength(before.length + 1);
      },
      { timeout: 30_000, interval: 50 },
    );
    const [record] = (await server.answers.listAnswers({ statuses: ['stopped'] })).slice(before.length);
    expect(record).toMatchObject({ answerText: '', model: { name: 'lokaal', model: 'fake-model' } });
  });
});
