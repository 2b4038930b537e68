/**
 * The "ask a question" use case, once: retrieve passages the asker may see, label the knowledge notes among
 * them, answer (with a model, extractively, or "Ik weet het niet"), and record the answer. It yields the events
 * a reader sees, in order, and returns the stored record; the chat route only writes the events as SSE, and
 * the evaluation drains them the same way.
 */
import { randomUUID } from 'node:crypto';
import type { ChunkRecord, IndexInfo } from '../../ingest/types.ts';
import {
  answerQuestion,
  type AnswerEvent,
  type AnswerLanguage,
  type AnswerRequest,
  type ChatModel,
  type Passage,
} from '../answer/index.ts';
import type { AnswerEndEvent, SourcesEvent } from '../contract/index.ts';
import type { ReaderFilters } from '../contract/filters.ts';
import { toChunkFilter } from '../http/filters.ts';
import { passageView } from '../http/passage-view.ts';
import type { User } from '../http/types.ts';
import { answerLabel, type NoteCitation } from '../notes/index.ts';
import type { AnswerRecord } from '../provenance/answer-record.ts';
import type { AnswerStore } from '../provenance/answer-store.ts';
import { describeIrrelevance, type RetrievalResult, type Retriever } from '../retrieval/index.ts';
import { answerRecordOf, type AskOutcome } from './answer-record-of.ts';

export interface AskDependencies {
  retriever: Retriever;
  /** The index actually searched, named in the record; read beside retrieval, not from the retriever's cache. */
  readIndexInfo(): Promise<IndexInfo | null>;
  /** Citation details of knowledge notes among the passages; absent: passages carry no note citations. */
  notes?: { citations(chunks: readonly ChunkRecord[]): Map<string, NoteCitation> };
  answers: Pick<AnswerStore, 'save'>;
  /** Passages given to the answer. */
  topK: number;
  /** When the question was asked. Default: the system clock. */
  now?: () => Date;
  /** A monotonic clock in milliseconds, for the timings. Default: `performance.now`. */
  monotonicMs?: () => number;
  /** The answer's id. Default: a random UUID. */
  newId?: () => string;
}

export interface AskInput {
  question: string;
  user: Pick<User, 'pseudonym' | 'groups'>;
  language: AnswerLanguage;
  filters: ReaderFilters;
  /** The model to answer with (see `chooseChatModel`); null answers from the passages alone. */
  model: ChatModel | null;
  /** Abort to stop: retrieval or the answer stops, the record is saved as `stopped` and no `answer-end` follows. */
  signal?: AbortSignal;
}

type AnswerStepEvent = {
  [Type in AnswerEvent['type']]: { event: Type; data: Extract<AnswerEvent, { type: Type }> };
}[AnswerEvent['type']];

/** What a reader sees of an answer, in order: `sources`, then `text-delta`, `citation` and `error`, then `answer-end`. */
export type AskEvent =
  { event: 'sources'; data: SourcesEvent } | AnswerStepEvent | { event: 'answer-end'; data: AnswerEndEvent };

function stepEvent(step: AnswerEvent): AnswerStepEvent {
  switch (step.type) {
    case 'text-delta':
      return { event: 'text-delta', data: step };
    case 'citation':
      return { event: 'citation', data: step };
    case 'error':
      return { event: 'error', data: step };
  }
}

/** Stopped by the reader: still recorded, so every answer that was started can be traced. */
function stoppedOutcome(model: ChatModel | null): AskOutcome {
  return {
    status: 'stopped',
    text: '',
    citations: [],
    flagged: [],
    quotes: [],
    promptVersion: '',
    usage: {},
    timings: {},
    ...(model ? { model: { name: model.name, endpoint: model.endpointName, model: model.modelId } } : {}),
  };
}

type NoteOf = (documentId: string) => NoteCitation | null;

function sourcesEvent(retrieval: RetrievalResult, model: ChatModel | null, noteOf: NoteOf): AskEvent {
  return {
    event: 'sources',
    data: {
      retrievalMode: retrieval.mode,
      lexicalReason: retrieval.lexicalReason ?? null,
      answerMode: model ? 'model' : 'extractive',
      relevant: retrieval.relevant,
      passages: retrieval.passages.map((passage, index) =>
        passageView(index + 1, passage.chunk, passage.score, noteOf(passage.chunk.documentId)),
      ),
    },
  };
}

/** The passages as the answer numbers and cites them; a knowledge note is cited by its label. */
function passagesOf(retrieval: RetrievalResult, noteOf: NoteOf): Passage[] {
  return retrieval.passages.map((passage, index) => {
    const note = noteOf(passage.chunk.documentId);
    return {
      number: index + 1,
      chunk: passage.chunk,
      ...(note ? { label: answerLabel(note.label, note.needsReview) } : {}),
    };
  });
}

/** The answer's own events, passed on; returns its outcome (`stopped` when the signal aborted it) and any model error. */
async function* answerSteps(
  request: AnswerRequest,
): AsyncGenerator<AnswerStepEvent, { outcome: AskOutcome; error: string | null }> {
  const flow = answerQuestion(request);
  let error: string | null = null;
  try {
    for (;;) {
      const step = await flow.next();
      if (step.done) return { outcome: step.value, error };
      if (step.value.type === 'error') error = step.value.message;
      yield stepEvent(step.value);
    }
  } catch (thrown) {
    if (!request.signal?.aborted) throw thrown;
    return { outcome: stoppedOutcome(request.model), error };
  }
}

function answerEndEvent(record: AnswerRecord, outcome: AskOutcome): AskEvent {
  return {
    event: 'answer-end',
    data: {
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
    },
  };
}

export async function* askQuestion(
  dependencies: AskDependencies,
  input: AskInput,
): AsyncGenerator<AskEvent, AnswerRecord> {
  const { question, model, signal } = input;
  const monotonicMs = dependencies.monotonicMs ?? (() => performance.now());
  const started = monotonicMs();
  const [retrieval, indexInfo] = await Promise.all([
    dependencies.retriever.retrieve({
      query: question,
      filter: toChunkFilter(input.filters, input.user.groups),
      topK: dependencies.topK,
      signal,
    }),
    dependencies.readIndexInfo(),
  ]);
  const retrievalMs = monotonicMs() - started;
  const notes = dependencies.notes?.citations(retrieval.passages.map((passage) => passage.chunk));
  const noteOf: NoteOf = (documentId) => notes?.get(documentId) ?? null;

  yield sourcesEvent(retrieval, model, noteOf);
  const { outcome, error } = yield* answerSteps({
    question,
    passages: passagesOf(retrieval, noteOf),
    relevant: retrieval.relevant,
    ...(retrieval.irrelevance
      ? { irrelevantReason: describeIrrelevance(retrieval.irrelevance, input.language) }
      : {}),
    model,
    ...(signal ? { signal } : {}),
    language: input.language,
  });

  const record = answerRecordOf({
    id: (dependencies.newId ?? randomUUID)(),
    askedAt: dependencies.now?.() ?? new Date(),
    question,
    user: input.user,
    filters: input.filters,
    retrieval,
    outcome,
    indexInfo,
    timings: { retrievalMs, totalMs: monotonicMs() - started },
    error,
  });
  await dependencies.answers.save(record);
  // A stopped answer is kept, but nobody is listening for its end.
  if (!signal?.aborted) yield answerEndEvent(record, outcome);
  return record;
}
