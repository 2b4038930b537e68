/**
 * `npm run eval -- --dataset <dir> [--json] [--rebuild] [--modes lexical,vector,hybrid]
 *   [--model <id> | --embedding none] [--models-dir <dir>] [--per-query <file.json>]`
 *
 * Builds (or reuses from data/eval-cache/) a knowledge base of the dataset's corpus with the production
 * pipeline and settings, runs every query through the API's retriever and prints recall@5, recall@10, MRR@10,
 * nDCG@10 and p50/p95 retrieval latency per mode, plus how often extractive answers cite a gold answer.
 * Exit code 2 for wrong usage or an unreadable dataset, 1 when the run fails.
 */
import '../../ingest/lance-environment.ts';
import 'dotenv/config';
import path from 'node:path';
import { parseArgs } from 'node:util';

const usage =
  'Gebruik: npm run eval -- --dataset <map> [--json] [--rebuild] [--modes lexical,vector,hybrid] ' +
  '[--model <id> | --embedding none] [--models-dir <map>] [--per-query <bestand.json>]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      json: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      modes: { type: 'string', default: 'lexical,vector,hybrid' },
      model: { type: 'string' },
      embedding: { type: 'string' },
      'models-dir': { type: 'string' },
      'per-query': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.dataset) {
    console.error(usage);
    return 2;
  }
  const modes = values.modes.split(',').map((mode) => mode.trim());
  const known = ['lexical', 'vector', 'hybrid'] as const;
  const unknown = modes.filter((mode) => !(known as readonly string[]).includes(mode));
  if (unknown.length > 0) {
    console.error(`Onbekende mode: ${unknown.join(', ')}. ${usage}`);
    return 2;
  }
  if (values.embedding !== undefined && values.embedding !== 'none') {
    console.error(`--embedding kent alleen 'none'. ${usage}`);
    return 2;
  }

  const { parseIngestConfig } = await import('../../ingest/config.ts');
  const { createFileLogger } = await import('../../ingest/logger.ts');
  const { loadDataset } = await import('./dataset.ts');
  const { describeDatasetFailure } = await import('./failure-text.ts');
  const { openEvalKnowledgeBase } = await import('./knowledge-base.ts');
  const { runEvaluation } = await import('./run-eval.ts');
  const { formatReport } = await import('./report.ts');
  const { writeFile } = await import('node:fs/promises');

  const environment = { ...process.env };
  if (values.embedding === 'none') environment.VRAAGBAAK_EMBEDDING_MODEL = 'none';
  else if (values.model) environment.VRAAGBAAK_EMBEDDING_MODEL = values.model;
  if (values['models-dir']) environment.VRAAGBAAK_MODELS_DIR = values['models-dir'];
  const parsed = parseIngestConfig(environment, process.cwd());
  if (!parsed.ok) {
    console.error(
      `Ongeldige instellingen:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 2;
  }
  const config = parsed.config;

  const dataset = await loadDataset(values.dataset);
  if (!dataset.ok) {
    console.error(`Dataset niet te lezen: ${describeDatasetFailure(dataset.reason)}`);
    return 2;
  }
  const progress = (message: string) => {
    if (!values.json) console.error(`  ${message}`);
  };
  const logger = createFileLogger({
    file: path.join(config.dataDir, 'logs', 'eval.log'),
    level: config.logLevel,
    name: 'eval',
  });
  const kb = await openEvalKnowledgeBase({
    dataset: dataset.value,
    config,
    cacheRoot: path.join(config.dataDir, 'eval-cache'),
    rebuild: values.rebuild,
    logger,
    onProgress: progress,
  });
  try {
    const report = await runEvaluation(kb, dataset.value, {
      modes: modes as (typeof known)[number][],
      perQuery: values['per-query'] !== undefined,
    });
    if (values['per-query']) {
      await writeFile(values['per-query'], JSON.stringify(report.modes, null, 2));
    }
    const { modes: modeReports, ...rest } = report;
    const summary = { ...rest, modes: modeReports.map(({ perQuery: _perQuery, ...mode }) => mode) };
    console.log(values.json ? JSON.stringify(summary, null, 2) : formatReport(report));
  } finally {
    await kb.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Evaluatie mislukt:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
