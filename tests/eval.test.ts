/**
 * The evaluation command end to end on a tiny hand-made BEIR dataset whose figures are known in advance:
 * the production pipeline builds the knowledge base, the API's retriever ranks, the metrics come out as
 * worked out by hand, and a second run reuses the cached index.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIngestConfig } from '../ingest/config.ts';
import { loadDataset, type Dataset } from '../server/eval/dataset.ts';
import { describeDatasetFailure } from '../server/eval/failure-text.ts';
import { openEvalKnowledgeBase } from '../server/eval/knowledge-base.ts';
import { runEvaluation, type EvalReport } from '../server/eval/run-eval.ts';
import { makeTempDir, modelsDir, repoRoot, tinyModelId } from './support/paths.ts';

const corpus = [
  {
    _id: 'park-1',
    title: 'Bewonersvergunning',
    text: 'Een bewonersvergunning kost 60 euro per jaar. U vraagt de bewonersvergunning aan bij de gemeente.',
  },
  {
    _id: 'park-2',
    title: 'Bezoekersregeling',
    text: 'Bezoekers parkeren met een bezoekerspas voor 1 euro per uur.',
  },
  {
    _id: 'afval-1',
    title: 'Grofvuil',
    text: 'Grofvuil wordt op afspraak opgehaald. Maak een afspraak via de website.',
  },
  // An id that is no safe file name: the evaluation keeps its own map from file to id.
  {
    _id: 'woo/1 a',
    title: 'Woo-verzoek',
    text: 'Een Woo-verzoek dient u schriftelijk in. De gemeente beslist binnen vier weken op het verzoek.',
  },
  { _id: 'zwem', title: 'Zwembad', text: 'Het zwembad is op zondag gesloten.' },
  {
    _id: 'boom',
    title: 'Kapvergunning',
    text: 'Voor het kappen van een grote boom is een kapvergunning nodig.',
  },
];

const queries = [
  { _id: 'q1', text: 'Wat kost een bewonersvergunning?' },
  { _id: 'q2', text: 'Hoeveel kost parkeren voor bewoners en bezoekers?' },
  // Judged against a page that shares no word with it: nothing can find it.
  { _id: 'q3', text: 'Mag mijn hond los in het park?' },
  { _id: 'q4', text: 'Hoe dien ik een Woo-verzoek in?' },
  // No judgements: left out.
  { _id: 'q5', text: 'Waar staat het stadhuis?' },
];

const qrels = [
  'query-id\tcorpus-id\tscore',
  'q1\tpark-1\t1',
  'q2\tpark-1\t1',
  'q2\tpark-2\t1',
  'q3\tzwem\t1',
  'q4\twoo/1 a\t2',
  'q4\tboom\t0',
];

const answers = [
  { _id: 'q1', answers: ['60 euro per jaar'] },
  { _id: 'q3', answers: ['aan de lijn'] },
  // One long human answer: counted by the share of its content words in the cited passages.
  { _id: 'q4', answer: 'U dient een Woo-verzoek schriftelijk in bij de gemeente.' },
];

const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

async function writeDataset(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'corpus.jsonl'), lines(corpus));
  await writeFile(path.join(dir, 'queries.jsonl'), lines(queries));
  await writeFile(path.join(dir, 'qrels.tsv'), qrels.join('\n') + '\n');
  await writeFile(path.join(dir, 'answers.jsonl'), lines(answers));
}

function configFor(dataDir: string, model: string) {
  const parsed = parseIngestConfig(
    {
      VRAAGBAAK_DATA_DIR: dataDir,
      VRAAGBAAK_EMBEDDING_MODEL: model,
      VRAAGBAAK_MODELS_DIR: modelsDir,
      VRAAGBAAK_PARSE_WORKERS: '1',
    },
    dataDir,
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.config;
}

async function evaluate(dataset: Dataset, dataDir: string, model: string): Promise<EvalReport> {
  const config = configFor(dataDir, model);
  const kb = await openEvalKnowledgeBase({
    dataset,
    config,
    cacheRoot: path.join(dataDir, 'eval-cache'),
    logger: pino({ level: 'silent' }),
  });
  try {
    return await runEvaluation(kb, dataset, { warmup: 1, perQuery: true });
  } finally {
    await kb.close();
  }
}

describe('npm run eval on a hand-made dataset', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let dataset: Dataset;
  let lexical: EvalReport;

  beforeAll(async () => {
    work = await makeTempDir('eval');
    await writeDataset(work.dir);
    const loaded = await loadDataset(work.dir);
    if (!loaded.ok) throw new Error(describeDatasetFailure(loaded.reason));
    dataset = loaded.value;
    lexical = await evaluate(dataset, path.join(work.dir, 'data'), 'none');
  });

  afterAll(async () => {
    await work?.remove();
  });

  it('indexes the whole corpus with the production pipeline', () => {
    expect(lexical.dataset).toMatchObject({ documents: 6, queries: 4, answers: 3 });
    expect(lexical.knowledgeBase).toMatchObject({
      built: true,
      documents: 6,
      notIndexed: 0,
      embeddingModel: null,
    });
    expect(lexical.skippedModes.map((skipped) => skipped.mode)).toEqual(['vector', 'hybrid']);
  });

  it('gives the figures worked out by hand', () => {
    const [mode] = lexical.modes;
    expect(mode?.mode).toBe('lexical');
    const perQuery = new Map(mode!.perQuery!.map((result) => [result.id, result]));
    expect(perQuery.get('q1')?.ranked[0]).toBe('park-1');
    expect(new Set(perQuery.get('q2')?.ranked.slice(0, 2))).toEqual(new Set(['park-1', 'park-2']));
    expect(perQuery.get('q3')?.ranked).not.toContain('zwem');
    expect(perQuery.get('q4')?.ranked[0]).toBe('woo/1 a');
    // q1, q2 and q4 are perfect, q3 scores 0 on every measure: three quarters.
    expect(mode!.scores.recallAt5).toBeCloseTo(0.75, 10);
    expect(mode!.scores.recallAt10).toBeCloseTo(0.75, 10);
    expect(mode!.scores.mrrAt10).toBeCloseTo(0.75, 10);
    expect(mode!.scores.ndcgAt10).toBeCloseTo(0.75, 10);
    expect(mode!.latency.p95Ms).toBeGreaterThanOrEqual(mode!.latency.p50Ms);
  });

  it('checks the extractive answers against the gold answers', () => {
    // q1 (span) and q4 (long answer) are cited with their answer; q3 finds nothing relevant.
    expect(lexical.answers).toMatchObject({ mode: 'lexical', questions: 3, topK: 8 });
    expect(lexical.answers?.answered).toBeCloseTo(2 / 3, 10);
    expect(lexical.answers?.inCited).toBeCloseTo(2 / 3, 10);
    expect(lexical.answers?.inRetrieved).toBeCloseTo(2 / 3, 10);
  });

  it('runs vector and hybrid modes when a model is available', async () => {
    const report = await evaluate(dataset, path.join(work.dir, 'data'), tinyModelId);
    expect(report.knowledgeBase).toMatchObject({ built: true, embeddingModel: tinyModelId });
    expect(report.modes.map((mode) => mode.mode)).toEqual(['lexical', 'vector', 'hybrid']);
    for (const mode of report.modes) {
      expect(mode.queries).toBe(4);
      expect(mode.scores.ndcgAt10).toBeGreaterThanOrEqual(0);
      expect(mode.scores.ndcgAt10).toBeLessThanOrEqual(1);
    }
    // Words decide the lexical ranking whatever the vectors say.
    expect(report.modes[0]?.scores.recallAt10).toBeCloseTo(0.75, 10);
    expect(report.answers?.mode).toBe('hybrid');
  });

  it('prints JSON from the command and reuses the cached index', async () => {
    const run = () =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/eval/cli.ts', '--dataset', work.dir, '--json', '--embedding', 'none'],
        { cwd: repoRoot, env: { ...process.env, VRAAGBAAK_DATA_DIR: path.join(work.dir, 'data') } },
      );
    const { stdout } = await run();
    const report = JSON.parse(stdout) as EvalReport;
    expect(report.knowledgeBase.built).toBe(false);
    expect(report.modes[0]?.scores.ndcgAt10).toBeCloseTo(0.75, 10);
    expect(report.modes[0]).not.toHaveProperty('perQuery');
  });
});
