import { randomUUID } from 'node:crypto';
import { streamSSE } from 'hono/streaming';
import { answerQuestion, type AnswerOutcome, type ChatModel } from '../answer/index.ts';
import type { AppDependencies } from '../app.ts';
import { chatEventComponents, chatEventSchemas, chatRoute, type ChatEvents } from '../contract/chat.ts';
import { AppError } from '../errors.ts';
import { toChunkFilter } from '../http/filters.ts';
import { createRouter } from '../http/openapi.ts';
import { passageView } from '../http/passage-view.ts';
import { answerLabel, type NoteCitation } from '../notes/index.ts';
import type { AnswerRecord } from '../provenance/answer-record.ts';
import { describeIrrelevance } from '../retrieval/index.ts';

export function chatRoutes(dependencies: AppDependencies) {
  function pickModel(requested: string | undefined): ChatModel | null {
    if (requested === 'none') return null;
    const name = requested ?? dependencies.defaultChatModel;
    if (name === null || name === undefined) return null;
    const model = dependencies.chatModels.find((candidate) => candidate.name === name);
    if (!model) throw new AppError('bad_request', `Onbekend taalmodel: ${name}`);
    return model;
  }

  const router = createRouter();
  // The events' schemas are referenced from the route's `x-events`; registering them puts them in the document.
  for (const [event, name] of Object.entries(chatEventComponents)) {
    router.openAPIRegistry.register(name, chatEventSchemas[event as keyof typeof chatEventSchemas]);
  }
  return router.openapi(chatRoute, async (context) => {
    const body = context.req.valid('json');
    const user = context.get('user');
    const model = pickModel(body.model);
    const started = performance.now();
    const filter = toChunkFilter(body.filters, user.groups);
    // Read beside retrieval, not from the retriever's cache: the record must name the index actually searched.
    const [retrieval, indexInfo] = await Promise.all([
      dependencies.retriever.retrieve({
        query: body.question,
        filter,
        topK: dependencies.topK,
        signal: context.req.raw.signal,
      }),
      dependencies.store.readIndexInfo(),
    ]);
    const retrievalMs = performance.now() - started;
    const notes =
      dependencies.notes?.citations(retrieval.passages.map((passage) => passage.chunk)) ??
      new Map<string, NoteCitation>();
    const noteOf = (documentId: string) => notes.get(documentId) ?? null;
    const passages = retrieval.passages.map((passage, index) => {
      const note = noteOf(passage.chunk.documentId);
      return {
        number: index + 1,
        chunk: passage.chunk,
        ...(note ? { label: answerLabel(note.label, note.needsReview) } : {}),
      };
    });

    return streamSSE(context, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      const send = <Event extends keyof ChatEvents>(event: Event, data: ChatEvents[Event]) =>
        stream.writeSSE({ event, data: JSON.stringify(data) });

      await send('sources', {
        retrievalMode: retrieval.mode,
        lexicalReason: retrieval.lexicalReason ?? null,
        answerMode: model ? 'model' : 'extractive',
        relevant: retrieval.relevant,
        passages: retrieval.passages.map((passage, index) =>
          passageView(index + 1, passage.chunk, passage.score, noteOf(passage.chunk.documentId)),
        ),
      });

      const flow = answerQuestion({
        question: body.question,
        passages,
        relevant: retrieval.relevant,
        ...(retrieval.irrelevance
          ? { irrelevantReason: describeIrrelevance(retrieval.irrelevance, body.language) }
          : {}),
        model,
        signal: abort.signal,
        language: body.language,
      });
      let outcome: Omit<AnswerOutcome, 'status'> & { status: AnswerOutcome['status'] | 'stopped' };
      let errorMessage: string | null = null;
      try {
        for (;;) {
          const step = await flow.next();
          if (step.done) {
            outcome = step.value;
            break;
          }
          if (step.value.type === 'error') errorMessage = step.value.message;
          await send(step.value.type, step.value);
        }
      } catch (error) {
        if (!abort.signal.aborted) throw error;
        // Stopped by the reader: still recorded, so every answer that was started can be traced.
        outcome = {
          status: 'stopped',
          text: '',
          citations: [],
          flagged: [],
          quotes: [],
          promptVersion: '',
          usage: {},
          timings: {},
          ...(model
            ? { model: { name: model.name, endpoint: model.endpointName, model: model.modelId } }
            : {}),
        };
      }

      const record: AnswerRecord = {
        id: randomUUID(),
        askedAt: new Date(),
        question: body.question,
        userPseudonym: user.pseudonym,
        accessGroups: user.groups,
        status: outcome.status,
        answerText: outcome.text,
        dontKnowReason: outcome.dontKnowReason ?? null,
        retrievalMode: retrieval.mode,
        lexicalReason: retrieval.lexicalReason ?? null,
        filters: body.filters,
        retrieved: retrieval.passages.map((passage, index) => ({
          number: index + 1,
          chunkId: passage.chunk.id,
          documentId: passage.chunk.documentId,
          title: passage.chunk.title,
          relativePath: passage.chunk.relativePath,
          source: passage.chunk.source,
          pageStart: passage.chunk.pageStart ?? null,
          pageEnd: passage.chunk.pageEnd ?? null,
          headingPath: passage.chunk.headingPath,
          contentHash: passage.chunk.contentHash,
          score: passage.score,
          lexicalRank: passage.lexical?.rank ?? null,
          vectorRank: passage.vector?.rank ?? null,
        })),
        cited: [
          ...outcome.citations.map((citation) => ({
            number: citation.number,
            chunkId: citation.chunkId,
            supported: true,
          })),
          ...outcome.flagged.map((flag) => ({
            number: flag.number,
            chunkId: flag.chunkId,
            supported: false,
          })),
        ],
        model: outcome.model
          ? { name: outcome.model.name, endpoint: outcome.model.endpoint, model: outcome.model.model }
          : null,
        promptVersion: outcome.promptVersion,
        indexVersion: indexInfo
          ? `${indexInfo.embeddingModel ?? 'lexicaal'}@${indexInfo.updatedAt.toISOString()}`
          : 'leeg',
        timings: {
          retrievalMs: Math.round(retrievalMs),
          firstTokenMs: outcome.timings.firstTokenMs ?? null,
          totalMs: Math.round(performance.now() - started),
        },
        usage: {
          promptTokens: outcome.usage.promptTokens ?? null,
          completionTokens: outcome.usage.completionTokens ?? null,
          estimated: outcome.usage.estimated ?? false,
        },
        error: errorMessage,
      };
      await dependencies.answers.save(record);
      if (abort.signal.aborted) return;
      await send('answer-end', {
        answerId: record.id,
        status: outcome.status,
        text: outcome.text,
        citations: outcome.citations,
        flagged: outcome.flagged,
        quotes: outcome.quotes,
        dontKnowReason: outcome.dontKnowReason ?? null,
        model: record.model,
        timings: record.timings,
        provenanceUrl: `/api/answers/${record.id}`,
      });
    });
  });
}

export type ChatRoutes = ReturnType<typeof chatRoutes>;
