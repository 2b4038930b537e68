import { streamSSE } from 'hono/streaming';
import type { AppDependencies } from '../app.ts';
import { askQuestion, chooseChatModel, type AskDependencies } from '../ask/index.ts';
import { chatEventComponents, chatEventSchemas, chatRoute } from '../contract/chat.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';

/** `POST /api/chat`: transport only. The use case (`askQuestion`) yields the events; they go out as SSE. */
export function chatRoutes(dependencies: AppDependencies) {
  const ask: AskDependencies = {
    retriever: dependencies.retriever,
    readIndexInfo: () => dependencies.store.readIndexInfo(),
    ...(dependencies.notes ? { notes: dependencies.notes } : {}),
    answers: dependencies.answers,
    topK: dependencies.topK,
  };

  const router = createRouter();
  // The events' schemas are referenced from the route's `x-events`; registering them puts them in the document.
  for (const [event, name] of Object.entries(chatEventComponents)) {
    router.openAPIRegistry.register(name, chatEventSchemas[event as keyof typeof chatEventSchemas]);
  }
  return router.openapi(chatRoute, async (context) => {
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

export type ChatRoutes = ReturnType<typeof chatRoutes>;
