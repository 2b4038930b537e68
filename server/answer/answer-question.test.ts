import { describe, expect, it } from 'vitest';
import { ok } from '../../ingest/result.ts';
import { parkingPassages } from '../../tests/support/passages.ts';
import { answerQuestion, type AnswerRequest } from './answer-question.ts';
import type { ChatModel, ChatStreamOptions } from './chat-model.ts';
import { ModelError } from './model-error.ts';
import type { AnswerEvent, AnswerOutcome, ChatMessage, TokenUsage } from './types.ts';

/** A ChatModel that plays back deltas, then optionally fails; it counts its calls. */
function scriptedModel(deltas: string[], options: { fail?: unknown; usage?: TokenUsage } = {}) {
  const calls: ChatMessage[][] = [];
  const model: ChatModel = {
    name: 'test',
    endpointName: 'model.test:8000',
    modelId: 'test-model',
    async *stream(messages: ChatMessage[], streamOptions: ChatStreamOptions = {}) {
      calls.push(messages);
      for (const delta of deltas) {
        streamOptions.signal?.throwIfAborted();
        yield delta;
      }
      if (options.fail !== undefined) throw options.fail;
      if (options.usage) streamOptions.onUsage?.(options.usage);
    },
    ping: async () => ok({ latencyMs: 1, modelListed: true }),
  };
  return { model, calls };
}

async function run(request: Partial<AnswerRequest> & Pick<AnswerRequest, 'model'>) {
  const events: AnswerEvent[] = [];
  const flow = answerQuestion({
    question: 'Wat kost een bewonersvergunning?',
    passages: parkingPassages(),
    relevant: true,
    ...request,
  });
  for (;;) {
    const step = await flow.next();
    if (step.done) return { events, outcome: step.value as AnswerOutcome };
    events.push(step.value);
  }
}

const streamedText = (events: AnswerEvent[]): string =>
  events.map((event) => (event.type === 'text-delta' ? event.text : '')).join('');

describe('answerQuestion', () => {
  it('says "Ik weet het niet" with the reason when nothing relevant was found, without asking the model', async () => {
    const { model, calls } = scriptedModel(['Verzonnen [1].']);
    const { events, outcome } = await run({
      model,
      relevant: false,
      irrelevantReason: 'Geen passage boven de drempel.',
    });
    expect(calls).toHaveLength(0);
    expect(outcome.status).toBe('dont-know');
    expect(outcome.text).toBe('Ik weet het niet. Geen passage boven de drempel.');
    expect(streamedText(events)).toBe(outcome.text);
  });

  it('answers extractively without a model', async () => {
    const { events, outcome } = await run({ model: null });
    expect(outcome.status).toBe('extractive');
    expect(outcome.text).toContain('Zonder taalmodel');
    expect(outcome.text).toContain('€ 98,40');
    expect(streamedText(events)).toBe(outcome.text);
    expect(events.filter((event) => event.type === 'citation')).toEqual([
      expect.objectContaining({ number: 1, supported: true }),
      expect.objectContaining({ number: 2, supported: true }),
    ]);
    expect(outcome.model).toBeUndefined();
  });

  it('streams the model answer, then reports its checked citations', async () => {
    const { model, calls } = scriptedModel(['Een bewonersvergunning kost ', '€ 98,40 per jaar [1].'], {
      usage: { promptTokens: 812, completionTokens: 14 },
    });
    const { events, outcome } = await run({ model });
    expect(calls[0]?.[1]?.content).toContain('<<<PASSAGE 1 ');
    expect(streamedText(events)).toBe('Een bewonersvergunning kost € 98,40 per jaar [1].');
    expect(events.at(-1)).toEqual({
      type: 'citation',
      number: 1,
      chunkId: outcome.citations[0]?.chunkId,
      supported: true,
    });
    expect(outcome).toMatchObject({
      status: 'answered',
      text: 'Een bewonersvergunning kost € 98,40 per jaar [1].',
      model: { name: 'test', endpoint: 'model.test:8000', model: 'test-model' },
      usage: { promptTokens: 812, completionTokens: 14 },
    });
    expect(outcome.timings.firstTokenMs).toBeGreaterThanOrEqual(0);
    expect(outcome.timings.modelMs).toBeGreaterThanOrEqual(outcome.timings.firstTokenMs ?? 0);
  });

  it('estimates usage when the server reports none', async () => {
    const { model } = scriptedModel(['Een bewonersvergunning kost € 98,40 per jaar [1].']);
    const { outcome } = await run({ model });
    expect(outcome.usage.estimated).toBe(true);
    expect(outcome.usage.promptTokens).toBeGreaterThan(100);
  });

  it('turns the model\'s own "Ik weet het niet" into a dont-know with the reason', async () => {
    const { model } = scriptedModel(['Ik weet het niet.']);
    const { outcome } = await run({ model });
    expect(outcome.status).toBe('dont-know');
    expect(outcome.dontKnowReason).toMatch(/niet in de gevonden passages/);
    expect(outcome.text.startsWith('Ik weet het niet.')).toBe(true);
  });

  it('falls back to the sources when the model fails, with an error event', async () => {
    const { model } = scriptedModel(['Een bewoners'], { fail: new ModelError('model_stalled', 'stokte') });
    const { events, outcome } = await run({ model });
    const errorAt = events.findIndex((event) => event.type === 'error');
    expect(events[errorAt]).toEqual({ type: 'error', code: 'model_stalled', message: 'stokte' });
    expect(events.slice(errorAt + 1).some((event) => event.type === 'text-delta')).toBe(false);
    expect(outcome.status).toBe('fallback');
    expect(outcome.error?.code).toBe('model_stalled');
    expect(outcome.text).toContain('€ 98,40');
    expect(outcome.quotes.length).toBeGreaterThan(0);
  });

  it('treats an empty answer and an unexpected exception as malformed output', async () => {
    const empty = await run({ model: scriptedModel([]).model });
    expect(empty.outcome.error?.code).toBe('model_malformed');
    const odd = await run({ model: scriptedModel(['x'], { fail: new TypeError('kapot') }).model });
    expect(odd.outcome).toMatchObject({ status: 'fallback', error: { code: 'model_malformed' } });
  });

  it('stops when the signal aborts, by throwing its reason', async () => {
    const controller = new AbortController();
    const { model } = scriptedModel(['Een ', 'bewonersvergunning ', 'kost ']);
    const flow = answerQuestion({
      question: 'Wat kost een bewonersvergunning?',
      passages: parkingPassages(),
      relevant: true,
      model,
      signal: controller.signal,
    });
    await flow.next();
    controller.abort(new Error('gestopt'));
    await expect(flow.next()).rejects.toThrow('gestopt');
  });
});
