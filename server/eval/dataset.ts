/**
 * Reads a retrieval dataset in the BEIR layout: `corpus.jsonl` (`_id`, `title`, `text`), `queries.jsonl`
 * (`_id`, `text`), `qrels.tsv` (header row, then query-id, corpus-id, score) and optionally `answers.jsonl`
 * (`_id` with `answers`: a list of gold strings, or `answer`: one long gold answer).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '../../ingest/result.ts';
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

function parseJsonLines<T>(text: string, schema: z.ZodType<T>, file: string): Result<T[]> {
  const rows: T[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return fail(`${file}, regel ${index + 1}: geen geldige JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      return fail(`${file}, regel ${index + 1}: ${parsed.error.issues[0]?.message ?? 'onverwachte vorm'}`);
    }
    rows.push(parsed.data);
  }
  return ok(rows);
}

/** Query id → (corpus id → grade). The first line is a header and is skipped. */
export function parseQrels(text: string, file = 'qrels.tsv'): Result<Map<string, Map<string, number>>> {
  const judgements = new Map<string, Map<string, number>>();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index === 0 || line.trim() === '') continue;
    const [queryId, corpusId, grade] = line.trim().split('\t');
    const score = Number(grade);
    if (queryId === undefined || corpusId === undefined || !Number.isFinite(score)) {
      return fail(`${file}, regel ${index + 1}: verwacht query-id, corpus-id en score, gescheiden door tabs`);
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

async function readText(dir: string, file: string): Promise<Result<string>> {
  try {
    return ok(await readFile(path.join(dir, file), 'utf8'));
  } catch (error) {
    return fail(`${file} niet leesbaar: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export async function loadDataset(dir: string): Promise<Result<Dataset>> {
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
