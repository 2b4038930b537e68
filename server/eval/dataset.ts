/**
 * Reads a retrieval dataset in the BEIR layout: `corpus.jsonl` (`_id`, `title`, `text`), `queries.jsonl`
 * (`_id`, `text`), `qrels.tsv` (header row, then query-id, corpus-id, score) and optionally `answers.jsonl`
 * (`_id` with `answers`: a list of gold strings, or `answer`: one long gold answer).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';
import type { Judgements } from './metrics.ts';

export interface CorpusEntry {
  id: string;
  title: string;
  text: string;
}

export interface EvalQuery {
  id: string;
  text: string;
}

/** Gold answers of one query: short spans (any one counts) or one long human answer. */
export type GoldAnswer = { kind: 'spans'; spans: string[] } | { kind: 'long'; text: string };

export interface Dataset {
  name: string;
  dir: string;
  corpus: CorpusEntry[];
  /** Only queries with at least one relevant document, in file order. */
  queries: EvalQuery[];
  judgements: Map<string, Judgements>;
  /** Present when the dataset has `answers.jsonl`; keyed by query id. */
  answers: Map<string, GoldAnswer> | null;
}

/** Why a dataset cannot be read, with the file and line; `describeDatasetFailure` words it. */
export type DatasetFailure =
  /** `detail`: the system's error code (ENOENT), or the error itself. */
  | Failure<'unreadable', { file: string; detail: string }>
  | Failure<'invalid_json', { file: string; line: number }>
  /** `issue`: what the schema found wrong, when it said. */
  | Failure<'invalid_row', { file: string; line: number; issue: string | null }>
  | Failure<'invalid_qrels_row', { file: string; line: number }>;

const corpusLine = z.object({
  _id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  text: z.string(),
});
const queryLine = z.object({ _id: z.union([z.string(), z.number()]).transform(String), text: z.string() });
const answerLine = z.object({
  _id: z.union([z.string(), z.number()]).transform(String),
  answers: z.array(z.string()).optional(),
  answer: z.string().optional(),
});

function parseJsonLines<T>(text: string, schema: z.ZodType<T>, file: string): Result<T[], DatasetFailure> {
  const rows: T[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      return fail({ code: 'invalid_json', file, line: index + 1, cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]?.message ?? null;
      return fail({ code: 'invalid_row', file, line: index + 1, issue, cause: parsed.error });
    }
    rows.push(parsed.data);
  }
  return ok(rows);
}

/** Query id → (corpus id → grade). The first line is a header and is skipped. */
export function parseQrels(
  text: string,
  file = 'qrels.tsv',
): Result<Map<string, Map<string, number>>, DatasetFailure> {
  const judgements = new Map<string, Map<string, number>>();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue;
    const [queryId, corpusId, grade] = line.trim().split('\t');
    const score = Number(grade);
    if (queryId === undefined || corpusId === undefined || !Number.isFinite(score)) {
      return fail({ code: 'invalid_qrels_row', file, line: index + 1 });
    }
    const forQuery = judgements.get(queryId) ?? new Map<string, number>();
    forQuery.set(corpusId, score);
    judgements.set(queryId, forQuery);
  }
  return ok(judgements);
}

export function goldAnswerOf(row: { answers?: string[]; answer?: string }): GoldAnswer | null {
  const spans = (row.answers ?? []).map((span) => span.trim()).filter((span) => span !== '');
  if (spans.length > 0) return { kind: 'spans', spans };
  const long = row.answer?.trim() ?? '';
  return long === '' ? null : { kind: 'long', text: long };
}

async function readText(dir: string, file: string): Promise<Result<string, DatasetFailure>> {
  try {
    return ok(await readFile(path.join(dir, file), 'utf8'));
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail({ code: 'unreadable', file, detail, cause: error });
  }
}

export async function loadDataset(dir: string): Promise<Result<Dataset, DatasetFailure>> {
  const [corpusText, queriesText, qrelsText] = await Promise.all([
    readText(dir, 'corpus.jsonl'),
    readText(dir, 'queries.jsonl'),
    readText(dir, 'qrels.tsv'),
  ]);
  if (!corpusText.ok) return corpusText;
  if (!queriesText.ok) return queriesText;
  if (!qrelsText.ok) return qrelsText;
  const corpusRows = parseJsonLines(corpusText.value, corpusLine, 'corpus.jsonl');
  if (!corpusRows.ok) return corpusRows;
  const queryRows = parseJsonLines(queriesText.value, queryLine, 'queries.jsonl');
  if (!queryRows.ok) return queryRows;
  const qrels = parseQrels(qrelsText.value);
  if (!qrels.ok) return qrels;

  const relevant = (queryId: string) =>
    [...(qrels.value.get(queryId)?.values() ?? [])].some((grade) => grade > 0);
  let answers: Map<string, GoldAnswer> | null = null;
  if (existsSync(path.join(dir, 'answers.jsonl'))) {
    const answersText = await readText(dir, 'answers.jsonl');
    if (!answersText.ok) return answersText;
    const answerRows = parseJsonLines(answersText.value, answerLine, 'answers.jsonl');
    if (!answerRows.ok) return answerRows;
    answers = new Map();
    for (const row of answerRows.value) {
      const gold = goldAnswerOf(row);
      if (gold) answers.set(row._id, gold);
    }
  }
  return ok({
    name: path.basename(path.resolve(dir)),
    dir: path.resolve(dir),
    corpus: corpusRows.value.map((row) => ({ id: row._id, title: row.title?.trim() ?? '', text: row.text })),
    queries: queryRows.value
      .filter((row) => relevant(row._id))
      .map((row) => ({ id: row._id, text: row.text })),
    judgements: qrels.value,
    answers,
  });
}
