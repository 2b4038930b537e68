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
import {
  startFakeOpenAiServer,
  tokensOf,
  type RecordedRequest,
} from '../tests/support/fake-openai-server.ts';

/** One `POST /api/chat`, timed from the moment the request was made. */
export interface RequestTiming {
  question: string;
  /** Until the first bytes of the stream: the `sources` event. */
  firstEventMs: number;
  /** Until the model server received the completion request this question caused; null when it caused none
   * (extractive mode, or "Ik weet het niet" because no passage was relevant enough to ask the model). */
  untilModelMs: number | null;
  /** Until the stream ended. */
  totalMs: number;
}

export interface FirstEventResult {
  mode: 'extractive' | 'model';
  requests: RequestTiming[];
}

/** Asks each question in turn. A question's model request is found by what arrived at the model server during
 * its own request, never by position: questions that never reach the model would shift every later pairing. */
async function timeRequests(
  app: ReturnType<typeof createApp>,
  questions: string[],
  modelRequests: readonly RecordedRequest[],
): Promise<RequestTiming[]> {
  const timings: RequestTiming[] = [];
  for (const question of questions) {
    const seen = modelRequests.length;
    const startedAt = performance.now();
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    const reader = response.body!.getReader();
    await reader.read();
    const firstEventMs = performance.now() - startedAt;
    while (!(await reader.read()).done) {
      // drain, so the answer record is written before the next request
    }
    const totalMs = performance.now() - startedAt;
    const caused = modelRequests.slice(seen);
    if (caused.length > 1) throw new Error(`één vraag gaf ${caused.length} verzoeken aan het model`);
    const untilModelMs = caused[0] ? caused[0].receivedAt - startedAt : null;
    timings.push({ question, firstEventMs, untilModelMs, totalMs });
  }
  return timings;
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
    await timeRequests(extractive, warmUp, model.requests);
    const extractiveTimes = await timeRequests(extractive, options.questions, model.requests);

    const withModel = build(true);
    model.script(...options.questions.concat(warmUp).map(() => ({ tokens: tokensOf('Ik weet het niet.') })));
    await timeRequests(withModel, warmUp, model.requests);
    const modelTimes = await timeRequests(withModel, options.questions, model.requests);
    return [
      { mode: 'extractive', requests: extractiveTimes },
      { mode: 'model', requests: modelTimes },
    ];
  } finally {
    await model.close();
    await answers.close();
  }
}
