/**
 * The use case over a real knowledge base (a small Markdown corpus in LanceDB) and a real answer store; only the
 * language model is a fake, scripted per test, because its endpoint is the one edge the tests do not run.
 * Markdown, not the sample's PDFs: a PDF can outlast the parse timeout on a loaded machine.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDutchAnalyzer } from '../../ingest/dutch/index.ts';
import { ok } from '../../ingest/result.ts';
import { folderSource, openHarness, type Harness } from '../../tests/support/ingest-harness.ts';
import { makeTempDir } from '../../tests/support/paths.ts';
import { ModelError, type ChatMessage, type ChatModel, type ChatStreamOptions } from '../answer/index.ts';
import { openAnswerStore, type AnswerStore } from '../provenance/answer-store.ts';
import { createRetriever } from '../retrieval/index.ts';
import { askQuestion, type AskDependencies, type AskEvent, type AskInput } from './index.ts';

type Reply = (passages: string, options: ChatStreamOptions) => AsyncIterable<string>;

/** A model whose reply is written per test, from the prompt it is given (so it can cite the right number). */
function fakeModel(reply: Reply): ChatModel {
  return {
    name: 'nepmodel',
    endpointName: 'model.test:8000',
    modelId: 'nep-1',
    stream: (messages: ChatMessage[], options: ChatStreamOptions = {}) =>
      reply(messages.map((message) => message.content).join('\n'), options),
    ping: async () => ok({ latencyMs: 1, modelListed: true }),
  };
}

/** The number the prompt gives the passage holding `text`. */
function numberOf(prompt: string, text: string): number {
  const blocks = prompt.split(/^(?=<<<PASSAGE \d+ )/m);
  const block = blocks.find((candidate) => candidate.includes(text));
  return Number(/^<<<PASSAGE (\d+) /.exec(block ?? '')?.[1] ?? Number.NaN);
}

const staff = { pseudonym: 'medewerker-p', groups: ['medewerkers'] };

const corpus: Record<string, string> = {
  'bewonersvergunning.md': `# Bewonersvergunning

## Kosten

Een bewonersvergunning kost € 98,40 per jaar. Dat tarief geldt voor de eerste vergunning op een adres, in alle
vergunningsgebieden. Een tweede bewonersvergunning op hetzelfde adres kost het dubbele: € 196,80 per jaar.

## Aantal vergunningen per adres

In gebied A geeft de gemeente per adres één bewonersvergunning uit. In de gebieden B, C en D zijn dat er
maximaal twee.
`,
  'laadpalen.md': `# Laadpalen

Een laadpaal in de openbare ruimte vraagt u aan via het digitale loket. De gemeente plaatst een paal als er
binnen 250 meter geen openbare laadpaal is.
`,
};
const question = 'Wat kost een bewonersvergunning?';

describe('askQuestion over a small corpus', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let harness: Harness;
  let answers: AnswerStore;
  let dependencies: AskDependencies;
  let ids = 0;

  beforeAll(async () => {
    work = await makeTempDir('ask');
    harness = await openHarness(work.dir);
    const docs = path.join(work.dir, 'docs');
    await mkdir(docs);
    for (const [name, text] of Object.entries(corpus)) await writeFile(path.join(docs, name), text);
    const run = await harness.ingest([folderSource('voorbeeld', docs)]);
    if (run.job.status !== 'completed') throw new Error(`test ingest failed: ${run.job.error}`);
    answers = await openAnswerStore({ file: path.join(work.dir, 'answers.sqlite') });
    const analyzer = createDutchAnalyzer();
    dependencies = {
      retriever: createRetriever({
        store: harness.store as never,
        embedder: null,
        queryText: (query) => analyzer.queryText(query),
      }),
      readIndexInfo: () => harness.store.readIndexInfo(),
      answers,
      topK: 8,
      now: () => new Date('2026-03-04T05:06:07Z'),
      newId: () => `antwoord-${++ids}`,
    };
  });
  afterAll(async () => {
    await answers?.close();
    await harness?.close();
    await work?.remove();
  });

  async function ask(input: Partial<AskInput> = {}) {
    const events: AskEvent[] = [];
    const flow = askQuestion(dependencies, {
      question,
      user: staff,
      language: 'nl',
      filters: {},
      model: null,
      ...input,
    });
    for (;;) {
      const step = await flow.next();
      if (step.done) return { events, record: step.value };
      events.push(step.value);
    }
  }

  it('streams sources, the extractive answer and its end, and saves the record it returns', async () => {
    const { events, record } = await ask();
    const names = events.map((event) => event.event);
    expect(names[0]).toBe('sources');
    expect(names.at(-1)).toBe('answer-end');
    expect(names).toContain('text-delta');
    expect(names).toContain('citation');

    const sources = events[0]?.event === 'sources' ? events[0].data : null;
    expect(sources).toMatchObject({ retrievalMode: 'lexical', answerMode: 'extractive', relevant: true });
    const last = events.at(-1);
    const end = last?.event === 'answer-end' ? last.data : null;
    expect(end).toMatchObject({ answerId: record.id, status: 'extractive', model: null });
    expect(end?.text).toMatch(/98,40/);
    expect(end?.provenanceUrl).toBe(`/api/answers/${record.id}`);

    expect(record).toMatchObject({
      askedAt: new Date('2026-03-04T05:06:07Z'),
      question,
      userPseudonym: 'medewerker-p',
      accessGroups: ['medewerkers'],
      status: 'extractive',
      retrievalMode: 'lexical',
      error: null,
    });
    expect(record.retrieved.map((passage) => passage.chunkId)).toEqual(
      sources?.passages.map((passage) => passage.chunkId),
    );
    expect(record.indexVersion).toMatch(/^lexicaal@/);
    expect(await answers.get(record.id)).toEqual(record);
  });

  it('says "Ik weet het niet" to a reader whose groups see no document', async () => {
    const { events, record } = await ask({ user: { pseudonym: 'buiten', groups: ['niemand'] } });
    const sources = events[0]?.event === 'sources' ? events[0].data : null;
    expect(sources?.passages).toEqual([]);
    expect(record.status).toBe('dont-know');
    expect(record.answerText).toMatch(/ik weet het niet/i);
  });

  it("answers with the model's checked text and records the model", async () => {
    const model = fakeModel(async function* (prompt) {
      yield 'Een bewonersvergunning kost € 98,40 per jaar ';
      yield `[${numberOf(prompt, '98,40')}].`;
    });
    const { events, record } = await ask({ model });
    expect(events[0]).toMatchObject({ event: 'sources', data: { answerMode: 'model' } });
    expect(events.filter((event) => event.event === 'text-delta')).toHaveLength(2);
    expect(record).toMatchObject({
      status: 'answered',
      model: { name: 'nepmodel', endpoint: 'model.test:8000', model: 'nep-1' },
      promptVersion: 'vraagbaak-answer-v1',
    });
    expect(record.cited).toEqual([expect.objectContaining({ supported: true })]);
    expect(record.usage.estimated).toBe(true);
  });

  it('sends the error event, answers from the sources, and records the error when the model fails', async () => {
    const model = fakeModel(async function* () {
      yield* [];
      throw new ModelError('model_http', 'Het taalmodel antwoordde met HTTP 500: kapot');
    });
    const { events, record } = await ask({ model });
    const error = events.find((event) => event.event === 'error');
    expect(error?.data).toEqual({
      type: 'error',
      code: 'model_http',
      message: 'Het taalmodel antwoordde met HTTP 500: kapot',
    });
    expect(events.at(-1)).toMatchObject({ event: 'answer-end', data: { status: 'fallback' } });
    expect(record).toMatchObject({
      status: 'fallback',
      error: 'Het taalmodel antwoordde met HTTP 500: kapot',
    });
    expect(record.answerText).toMatch(/98,40/);
  });

  it('saves a stopped answer, and sends no end, when the reader stops it mid-answer', async () => {
    const stop = new AbortController();
    // Streams one word, then waits for the reader: no timer, so a loaded machine cannot change the outcome.
    const model = fakeModel(async function* (_prompt, options) {
      yield 'Een bewonersvergunning ';
      const signal = options.signal!;
      if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve));
      throw signal.reason;
    });
    const events: AskEvent[] = [];
    const flow = askQuestion(dependencies, {
      question,
      user: staff,
      language: 'nl',
      filters: {},
      model,
      signal: stop.signal,
    });
    let step = await flow.next();
    while (!step.done) {
      events.push(step.value);
      if (step.value.event === 'text-delta') stop.abort(new Error('lezer weg'));
      step = await flow.next();
    }
    const record = step.value;
    expect(events.map((event) => event.event)).toEqual(['sources', 'text-delta']);
    expect(record).toMatchObject({
      status: 'stopped',
      answerText: '',
      cited: [],
      model: { name: 'nepmodel', endpoint: 'model.test:8000', model: 'nep-1' },
    });
    expect(await answers.get(record.id)).toEqual(record);
  });
});
