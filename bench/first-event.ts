/**
 * The server's own time to the first SSE event of `POST /api/chat`, in extractive mode and with a model on
 * loopback (the scripted OpenAI-compatible server the tests use), over a synthetic knowledge base.
 * "Server overhead" with a model = time until the request reaches the model: retrieval, prompt, record
 * keeping; measured as the gap between the request and the model server receiving it. Target: ≤ 100 ms p95.
 */
import pino from 'pino';
import { createDutchAnalyzer } from '../ingest/dutch/index.ts';
import type { SearchableStore } from '../ingest/store/index.ts';
import type { Embedder } from '../ingest/embed/embedder.ts';
import { createOpenAiChatModel } from '../server/answer/index.ts';
import { createApp } from '../server/app.ts';
import { chatModelConfigSchema } from '../server/config.ts';
import { openAnswerStore } from '../server/provenance/answer-store.ts';
import { createRetriever } from '../server/retrieval/index.ts';
import { startFakeOpenAiServer, tokensOf } from '../tests/support/fake-openai-server.ts';

export interface FirstEventResult {
  mode: 'extractive' | 'model';
  /** Time to the first SSE event (`sources`). */
  firstEventMs: number[];
  /** Model mode only: request start until the model server received the completion request. */
  untilModelMs: number[];
}

async function timeRequests(
  app: ReturnType<typeof createApp>,
  questions: string[],
  onRequestSent?: () => void,
): Promise<number[]> {
  const times: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    onRequestSent?.();
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    const reader = response.body!.getReader();
    await reader.read(); // the first bytes: the `sources` event
    times.push(performance.now() - started);
    while (!(await reader.read()).done) {
      // drain, so the answer record is written before the next request
    }
  }
  return times;
}

export async function measureFirstEvent(options: {
  store: SearchableStore;
  embedder: Embedder;
  readerGroups: string[];
  questions: string[];
  answersFile: string;
}): Promise<FirstEventResult[]> {
  const analyzer = createDutchAnalyzer();
  const answers = await openAnswerStore({ file: options.answersFile });
  const model = await startFakeOpenAiServer();
  const reader = { id: 'bench', pseudonym: 'bench', groups: options.readerGroups, roles: ['medewerker'] };
  const build = (withModel: boolean) =>
    createApp({
      store: options.store,
      answers,
      retriever: createRetriever({
        store: options.store,
        embedder: options.embedder,
        queryText: (query) => analyzer.queryText(query),
      }),
      embedder: options.embedder,
      lexicalReason: null,
      chatModels: withModel
        ? [
            createOpenAiChatModel(
              chatModelConfigSchema.parse({ name: 'lokaal', baseUrl: model.baseUrl, model: 'fake' }),
            ),
          ]
        : [],
      defaultChatModel: withModel ? 'lokaal' : null,
      identify: () => reader,
      sourceRoots: async () => new Map(),
      topK: 8,
      logger: pino({ level: 'silent' }),
      webRoot: null,
    });
  try {
    const warmUp = options.questions.slice(0, 5);
    const extractive = build(false);
    await timeRequests(extractive, warmUp);
    const extractiveTimes = await timeRequests(extractive, options.questions);

    const withModel = build(true);
    model.script(...options.questions.concat(warmUp).map(() => ({ tokens: tokensOf('Ik weet het niet.') })));
    await timeRequests(withModel, warmUp);
    const sentAt: number[] = [];
    const before = model.requests.length;
    const modelTimes = await timeRequests(withModel, options.questions, () => sentAt.push(performance.now()));
    const untilModel = model.requests
      .slice(before)
      .map((request, index) => request.receivedAt - sentAt[index]!);
    return [
      { mode: 'extractive', firstEventMs: extractiveTimes, untilModelMs: [] },
      { mode: 'model', firstEventMs: modelTimes, untilModelMs: untilModel },
    ];
  } finally {
    await model.close();
    await answers.close();
  }
}
