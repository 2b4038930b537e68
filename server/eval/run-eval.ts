/**
 * Runs every query of a dataset through the production retriever, per retrieval mode, and scores the document
 * rankings; then answers every question with a gold answer extractively, as `/api/chat` does without a model,
 * and checks whether the cited passages hold the gold answer.
 */
import { embedderFit } from '../../ingest/index-settings.ts';
import { askQuestion } from '../ask/index.ts';
import {
  createRetriever,
  retrieverDefaults,
  type RetrievalStore,
  type Retriever,
} from '../retrieval/index.ts';
import { containsAnswer } from './answer-match.ts';
import type { Dataset, EvalQuery } from './dataset.ts';
import { evalAccessGroup, type EvalKnowledgeBase } from './knowledge-base.ts';
import { mean, meanScores, percentile, scoreRanking, type RankingScores } from './metrics.ts';

export type EvalMode = 'lexical' | 'vector' | 'hybrid';

export interface EvalRunOptions {
  /** Modes to run; those that need a model are left out when there is none. Default: all. */
  modes?: readonly EvalMode[];
  /** Chunks asked of the retriever per query; ranked documents come from these. Default: its candidates (40). */
  depth?: number;
  /** Queries run once before timing starts. Default 10. Latency is timed on calls for 10 passages, as `/api/search` makes them. */
  warmup?: number;
  /** Keep each query's ranked documents in the report. */
  perQuery?: boolean;
  signal?: AbortSignal;
}

export interface QueryResult {
  id: string;
  /** Corpus ids, best first, each once; the first 10. */
  ranked: string[];
  relevant: string[];
  scores: RankingScores;
  ms: number;
}

export interface ModeReport {
  mode: EvalMode;
  queries: number;
  scores: RankingScores;
  latency: { p50Ms: number; p95Ms: number; meanMs: number };
  perQuery?: QueryResult[];
}

export interface AnswerReport {
  mode: EvalMode;
  /** Questions with a gold answer and relevance judgements. */
  questions: number;
  /** Share whose extractive answer cites at least one passage. */
  answered: number;
  /** Share whose cited passages hold a gold answer (see `containsAnswer`). */
  inCited: number;
  /** Share whose retrieved passages (all `topK` given to the answer) hold a gold answer: the ceiling. */
  inRetrieved: number;
  topK: number;
}

export interface EvalReport {
  dataset: { name: string; documents: number; queries: number; answers: number };
  knowledgeBase: {
    dir: string;
    built: boolean;
    buildMs: number;
    documents: number;
    chunks: number;
    notIndexed: number;
    embeddingModel: string | null;
    lexicalReason: string | null;
  };
  modes: ModeReport[];
  /** Modes asked for that could not run, with why. */
  skippedModes: { mode: EvalMode; reason: string }[];
  answers: AnswerReport | null;
}

/** The retriever as the API builds it; vector-only gets a store whose full-text list is empty. */
function retrieverFor(kb: EvalKnowledgeBase, mode: EvalMode): Retriever {
  const store: RetrievalStore =
    mode === 'vector'
      ? {
          searchLexical: async () => [],
          searchVector: (vector, options) => kb.store.searchVector(vector, options),
          readIndexInfo: () => kb.store.readIndexInfo(),
        }
      : kb.store;
  return createRetriever({
    store,
    embedder: mode === 'lexical' ? null : kb.embedder,
    queryText: (query) => kb.analyzer.queryText(query),
    lexicalReason: kb.lexicalReason ?? undefined,
  });
}

const filter = { accessGroups: [evalAccessGroup] };
/** Asks every answer question, as a reader of the evaluation's one group would. */
const evalUser = { pseudonym: 'evaluatie', groups: [evalAccessGroup] };
/** Passages given to each answer: the API's default. */
const answerTopK = retrieverDefaults.topK;
/** Passages per timed call: the default `limit` of `/api/search`. */
const timedTopK = 10;

async function runMode(
  kb: EvalKnowledgeBase,
  dataset: Dataset,
  mode: EvalMode,
  options: EvalRunOptions,
): Promise<ModeReport> {
  const retriever = retrieverFor(kb, mode);
  const depth = options.depth ?? retrieverDefaults.candidates;
  const retrieve = (query: EvalQuery, topK: number) =>
    retriever.retrieve({ query: query.text, filter, topK, signal: options.signal });
  // Timed as `/api/search` asks (10 passages): scoring every one of `depth` passages is the evaluation's need.
  for (const query of dataset.queries.slice(0, options.warmup ?? 10)) await retrieve(query, timedTopK);
  const timings = new Map<string, number>();
  for (const query of dataset.queries) {
    const started = performance.now();
    await retrieve(query, timedTopK);
    timings.set(query.id, performance.now() - started);
  }

  const results: QueryResult[] = [];
  for (const query of dataset.queries) {
    const result = await retrieve(query, depth);
    const ms = timings.get(query.id) ?? Number.NaN;
    const ranked = [...new Set(result.passages.flatMap((passage) => kb.corpusIdOf(passage.chunk) ?? []))];
    const judgements = dataset.judgements.get(query.id) ?? new Map<string, number>();
    results.push({
      id: query.id,
      ranked: ranked.slice(0, 10),
      relevant: [...judgements].filter(([, grade]) => grade > 0).map(([id]) => id),
      scores: scoreRanking(ranked, judgements),
      ms,
    });
  }
  const samples = results.map((result) => result.ms);
  return {
    mode,
    queries: results.length,
    scores: meanScores(results.map((result) => result.scores)),
    latency: { p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95), meanMs: mean(samples) },
    ...(options.perQuery ? { perQuery: results } : {}),
  };
}

/** The passages' texts by chunk id, and the chunks the answer cites with support, for one question asked. */
async function ask(
  kb: EvalKnowledgeBase,
  retriever: Retriever,
  question: EvalQuery,
  signal: AbortSignal | undefined,
): Promise<{ retrieved: string[]; cited: string[] }> {
  // As `/api/chat` answers without a model, but nothing is kept: the evaluation reads the record it returns.
  const flow = askQuestion(
    {
      retriever,
      readIndexInfo: () => kb.store.readIndexInfo(),
      answers: { save: async () => undefined },
      topK: answerTopK,
    },
    {
      question: question.text,
      user: evalUser,
      language: 'nl',
      filters: {},
      model: null,
      ...(signal ? { signal } : {}),
    },
  );
  const texts = new Map<string, string>();
  for (;;) {
    const step = await flow.next();
    if (step.done) {
      const record = step.value;
      const cited = new Set(record.cited.filter((citation) => citation.supported).map((c) => c.chunkId));
      const textOf = (passage: { chunkId: string }) => texts.get(passage.chunkId) ?? '';
      return {
        retrieved: record.retrieved.map(textOf),
        cited: record.retrieved.filter((passage) => cited.has(passage.chunkId)).map(textOf),
      };
    }
    if (step.value.event === 'sources') {
      for (const passage of step.value.data.passages) texts.set(passage.chunkId, passage.text);
    }
  }
}

async function runAnswers(
  kb: EvalKnowledgeBase,
  dataset: Dataset,
  mode: EvalMode,
  signal: AbortSignal | undefined,
): Promise<AnswerReport | null> {
  const answers = dataset.answers;
  if (answers === null) return null;
  const questions = dataset.queries.filter((query) => answers.has(query.id));
  if (questions.length === 0) return null;
  const retriever = retrieverFor(kb, mode);
  let answered = 0;
  let inCited = 0;
  let inRetrieved = 0;
  for (const question of questions) {
    const gold = answers.get(question.id)!;
    const { retrieved, cited } = await ask(kb, retriever, question, signal);
    if (cited.length > 0) answered += 1;
    if (containsAnswer(gold, cited)) inCited += 1;
    if (containsAnswer(gold, retrieved)) inRetrieved += 1;
  }
  const share = (count: number) => count / questions.length;
  return {
    mode,
    questions: questions.length,
    answered: share(answered),
    inCited: share(inCited),
    inRetrieved: share(inRetrieved),
    topK: answerTopK,
  };
}

export async function runEvaluation(
  kb: EvalKnowledgeBase,
  dataset: Dataset,
  options: EvalRunOptions = {},
): Promise<EvalReport> {
  const wanted = options.modes ?? ['lexical', 'vector', 'hybrid'];
  const info = await kb.store.readIndexInfo();
  const hasVectors = kb.embedder !== null && embedderFit(info, kb.embedder.info).fits;
  const modes = wanted.filter((mode) => mode === 'lexical' || hasVectors);
  const skippedModes = wanted
    .filter((mode) => !modes.includes(mode))
    .map((mode) => ({ mode, reason: kb.lexicalReason ?? 'de index heeft geen vectoren' }));

  const reports: ModeReport[] = [];
  for (const mode of modes) reports.push(await runMode(kb, dataset, mode, options));
  // Answers use the mode the API would: hybrid whenever the index has vectors of the loaded model.
  const answerMode: EvalMode = hasVectors ? 'hybrid' : 'lexical';
  return {
    dataset: {
      name: dataset.name,
      documents: dataset.corpus.length,
      queries: dataset.queries.length,
      answers: dataset.answers?.size ?? 0,
    },
    knowledgeBase: {
      dir: kb.dir,
      built: kb.built,
      buildMs: kb.buildMs,
      documents: kb.documents,
      chunks: kb.chunks,
      notIndexed: kb.notIndexed.length,
      embeddingModel: info?.embeddingModel ?? null,
      lexicalReason: kb.lexicalReason,
    },
    modes: reports,
    skippedModes,
    answers: await runAnswers(kb, dataset, answerMode, options.signal),
  };
}
