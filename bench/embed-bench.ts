/**
 * Embedding throughput of a model with multilingual-e5-small's real shape (random weights: real speed,
 * meaningless vectors), for fp32 and q8, next to this machine's compute limit for that architecture.
 *
 *   npm run bench:embed -- [--tokens 256,512,2048] [--dtype q8,fp32] [--spin on,off] [--threads 2] [--runs 3] [--passages 32]
 *
 * The model is generated once into data/bench/models (about 600 MB for both variants) and reused.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  defaultAllowSpinning,
  defaultBatchTokens,
  loadEmbedder,
  type EmbeddingDtype,
} from '../ingest/embed/index.ts';
import { writeBertModel, type BertSpec } from '../scripts/make-tiny-model.ts';
import { dutchPassages } from './dutch-passages.ts';

export const e5SmallShape: Omit<BertSpec, 'quantized'> = {
  layers: 12,
  hidden: 384,
  intermediate: 1536,
  heads: 12,
  vocabSize: 250_037,
  maxPositions: 512,
  seed: 5,
};

/** Under `data/bench/models`; bench/ingest-bench.ts ingests with it too. */
export const benchModelId = 'vraagbaak-bench/e5-small-shaped';
/** About 46 MFLOP per token at 12 × 384 / 1536 and ~250 tokens; about 190 GFLOP/s fp32 on 2 AVX2 cores. */
export const computeLimitTokensPerSecond = 4100;
export const targetTokensPerSecond = 2500;

export interface EmbedBenchOptions {
  modelsDir?: string;
  dtypes?: EmbeddingDtype[];
  /** Values of the embedder's `batchTokens` (padded tokens per model call) to compare. */
  batchTokens?: number[];
  threads?: number;
  /** Values of the embedder's `allowSpinning` to compare. */
  spinning?: boolean[];
  runs?: number;
  passages?: number;
  /** Progress lines (model generation, each measurement) as they happen. */
  log?: (line: string) => void;
}

export interface EmbedBenchResult {
  dtype: EmbeddingDtype;
  batchTokens: number;
  threads: number | undefined;
  allowSpinning: boolean;
  tokens: number;
  /** Tokens per second of each run, in run order. */
  runs: number[];
  medianTokensPerSecond: number;
  /**
   * Tokens per second of CPU time used by the process (all threads). Other processes on the machine slow the
   * wall clock but hardly this, so it shows what the model costs when the cores are busy with other work.
   */
  tokensPerCpuSecond: number;
  /** One-minute load average when the measurement started: above the core count, cores were shared. */
  loadAverage: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatEmbedResult(result: EmbedBenchResult): string {
  const ratio = result.medianTokensPerSecond / computeLimitTokensPerSecond;
  const verdict = result.medianTokensPerSecond >= targetTokensPerSecond ? 'meets' : 'misses';
  const threads = `threads ${result.threads ?? 'default'}${result.allowSpinning ? ' (spinning)' : ''}`;
  return (
    `embed ${result.dtype.padEnd(4)} batch ${String(result.batchTokens).padStart(4)} tokens, ${threads}: ` +
    `${thousands(result.medianTokensPerSecond)} tokens/s (median of ${result.runs.length}: ` +
    `${result.runs.map(thousands).join(', ')}), ${ratio.toFixed(2)}× the ${thousands(computeLimitTokensPerSecond)} ` +
    `tokens/s fp32 limit, ${verdict} the ${thousands(targetTokensPerSecond)} target; ` +
    `${thousands(result.tokensPerCpuSecond)} tokens per CPU-second; load average ${result.loadAverage.toFixed(1)}`
  );
}

interface Measurement {
  dtype: EmbeddingDtype;
  batchTokens: number;
  allowSpinning: boolean;
  threads: number | undefined;
  modelsDir: string;
  runs: number;
  passages: number;
}

async function measure(measurement: Measurement): Promise<EmbedBenchResult> {
  const { dtype, batchTokens, allowSpinning, threads, modelsDir } = measurement;
  const loaded = await loadEmbedder({
    model: benchModelId,
    modelsDir,
    dtype,
    batchTokens,
    threads,
    allowSpinning,
    passagePrefix: 'passage: ',
  });
  if (!loaded.ok) throw new Error(`bench model did not load: ${loaded.reason}`);
  const embedder = loaded.value;
  try {
    const passages = dutchPassages({
      count: measurement.passages,
      minTokens: 200,
      maxTokens: 300,
      countTokens: (text) => embedder.countTokens(text),
    });
    const tokens = passages.reduce((sum, passage) => sum + embedder.countTokens(passage), 0);
    await embedder.embedPassages(passages.slice(0, 4)); // warm-up: first-run allocations
    const perRun: number[] = [];
    const perCpuSecond: number[] = [];
    const loadAverage = os.loadavg()[0] ?? 0;
    for (let run = 0; run < measurement.runs; run++) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      await embedder.embedPassages(passages);
      const cpu = process.cpuUsage(cpuBefore);
      perRun.push(tokens / ((performance.now() - started) / 1000));
      perCpuSecond.push(tokens / ((cpu.user + cpu.system) / 1e6));
    }
    return {
      dtype,
      batchTokens,
      threads,
      allowSpinning,
      tokens,
      runs: perRun,
      medianTokensPerSecond: median(perRun),
      tokensPerCpuSecond: median(perCpuSecond),
      loadAverage,
    };
  } finally {
    await embedder.close();
  }
}

/** Generates the model if needed, then measures each combination of dtype, batch budget and spinning. */
export async function runEmbedBench(options: EmbedBenchOptions = {}): Promise<EmbedBenchResult[]> {
  const log = options.log ?? (() => {});
  const modelsDir = options.modelsDir ?? path.resolve('data/bench/models');
  const dtypes = options.dtypes ?? ['q8', 'fp32'];
  const batchTokenValues = options.batchTokens ?? [defaultBatchTokens];
  const runs = options.runs ?? 3;
  const modelDir = path.join(modelsDir, ...benchModelId.split('/'));

  for (const dtype of dtypes) {
    const started = performance.now();
    const written = await writeBertModel(modelDir, { ...e5SmallShape, quantized: dtype === 'q8' });
    if (!written.reused)
      log(`embed generated ${written.onnxFile} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  log(
    `embed model: ${e5SmallShape.layers} layers, hidden ${e5SmallShape.hidden}, intermediate ` +
      `${e5SmallShape.intermediate}, ${e5SmallShape.heads} heads, vocabulary ${thousands(e5SmallShape.vocabSize)}; ` +
      `${os.availableParallelism()} CPUs visible`,
  );

  const configurations = dtypes.flatMap((dtype) =>
    batchTokenValues.flatMap((batchTokens) =>
      (options.spinning ?? [defaultAllowSpinning]).map((allowSpinning) => ({
        dtype,
        batchTokens,
        allowSpinning,
      })),
    ),
  );
  const results: EmbedBenchResult[] = [];
  for (const configuration of configurations) {
    const result = await measure({
      ...configuration,
      modelsDir,
      threads: options.threads,
      runs,
      passages: options.passages ?? 32,
    });
    log(formatEmbedResult(result));
    results.push(result);
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      tokens: { type: 'string' },
      threads: { type: 'string' },
      runs: { type: 'string' },
      passages: { type: 'string' },
      dtype: { type: 'string' },
      spin: { type: 'string' },
    },
  });
  const numbers = (text: string | undefined) => text?.split(',').map(Number);
  await runEmbedBench({
    batchTokens: numbers(values.tokens),
    threads: values.threads ? Number(values.threads) : undefined,
    runs: values.runs ? Number(values.runs) : undefined,
    passages: values.passages ? Number(values.passages) : undefined,
    spinning: values.spin?.split(',').map((value) => value !== 'off'),
    dtypes: values.dtype?.split(',') as EmbeddingDtype[] | undefined,
    log: (line) => console.log(line),
  });
}
