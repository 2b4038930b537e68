import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { AppDependencies } from '../app.ts';
import { askQuestion, chooseChatModel, type AskDependencies } from '../ask/index.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';

const chatRequestSchema = z.object({
  question: z
    .string()
    .trim()
    .min(2, 'stel een vraag')
    .max(2000, 'de vraag is te lang (hoogstens 2000 tekens)'),
  /** Name of a configured chat model; the default when left out; `none` for passages only. */
  model: z.string().max(100).optional(),
  language: z.enum(['nl', 'en']).default('nl'),
  filters: z
    .object({
      source: z.array(z.string().max(200)).max(20).optional(),
      format: z
        .array(z.enum(['pdf', 'docx', 'markdown', 'html', 'text']))
        .max(5)
        .optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
    })
    .default({}),
});

export function chatRoutes(dependencies: AppDependencies) {
  const ask: AskDependencies = {
    retriever: dependencies.retriever,
    readIndexInfo: () => dependencies.store.readIndexInfo(),
    ...(dependencies.notes ? { notes: dependencies.notes } : {}),
    answers: dependencies.answers,
    topK: dependencies.topK,
  };

  return new Hono<AppEnv>().post('/', validate('json', chatRequestSchema), async (context) => {
    const body = context.req.valid('json');
    const chosen = chooseChatModel(dependencies.chatModels, dependencies.defaultChatModel, body.model);
    if (!chosen.ok) throw new AppError('bad_request', `Onbekend taalmodel: ${chosen.reason.name}`);
    // Stops on either: the request going away (during retrieval) or the event stream being closed (after).
    const streamClosed = new AbortController();
    const signal = AbortSignal.any([context.req.raw.signal, streamClosed.signal]);
    const flow = askQuestion(ask, {
      question: body.question,
      user: context.get('user'),
      language: body.language,
      filters: body.filters,
      model: chosen.value,
      signal,
    });
    // Retrieval runs before the stream opens, so its failure is an ordinary error response.
    const first = await flow.next();

    return streamSSE(context, async (stream) => {
      stream.onAbort(() => streamClosed.abort());
      for (let step = first; !step.done; step = await flow.next()) {
        await stream.writeSSE({ event: step.value.event, data: JSON.stringify(step.value.data) });
      }
    });
  });
}
