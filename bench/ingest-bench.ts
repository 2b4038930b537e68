/**
 * `npm run bench:ingest [-- --runs 3 --corpus ../shared/corpus/docs-nl --skip-embed]`
 *
 * Prints, for the corpus: text-PDF pages/s parsed per core; total time, pages/s, chunks/s and peak memory of
 * whole ingest runs (each in its own process, fresh knowledge base); and embedding throughput of a model
 * with multilingual-e5-small's real size, fp32 and int8, beside this machine's limit.
 */
import '../ingest/lance-environment.ts';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createParsePool } from '../ingest/parse/index.ts';
import type { SourceFile } from '../ingest/types.ts';
import { computeLimitTokensPerSecond, formatEmbedResult, runEmbedBench } from './embed-bench.ts';

const run = promisify(execFile);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function listPdfs(root: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.pdf')) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const info = await stat(absolutePath);
    files.push({
      absolutePath,
      relativePath: path.relative(root, absolutePath),
      sizeBytes: info.size,
      modifiedAt: info.mtime,
    });
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** One worker, files one after another: the rate of one core. */
async function parseRate(root: string): Promise<{ pages: number; seconds: number; files: number }> {
  const pool = createParsePool({ workers: 1, timeoutMs: 120_000 });
  try {
    const files = await listPdfs(root);
    let pages = 0;
    let textFiles = 0;
    let seconds = 0;
    for (const file of files) {
      const started = performance.now();
      const result = await pool.parse(file);
      const elapsed = (performance.now() - started) / 1000;
      if (result.ok) {
        // Text PDFs only: scans (needs-ocr) are not parsed work the target is about.
        pages += result.value.pageCount ?? 0;
        textFiles += 1;
        seconds += elapsed;
      }
    }
    return { pages, seconds, files: textFiles };
  } finally {
    await pool.close();
  }
}

interface IngestRunResult {
  status: string;
  pages: number;
  chunks: number;
  tokens: number;
  durationMs: number;
  maxRssMb: number;
  embedding: string | null;
}

async function ingestRun(corpus: string, environment: Record<string, string>): Promise<IngestRunResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-bench-'));
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/ingest-run.ts', corpus], {
      env: { ...process.env, VRAAGBAAK_DATA_DIR: dataDir, ...environment },
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as IngestRunResult;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      corpus: { type: 'string', default: '../shared/corpus/docs-nl' },
      'skip-embed': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const corpus = path.resolve(values.corpus);
  const cores = os.availableParallelism();
  console.log(`bench:ingest on ${corpus} (${cores} CPUs, ${runs} runs each; medians)`);

  const parseRuns = [];
  for (let index = 0; index < runs; index++) parseRuns.push(await parseRate(corpus));
  const pagesPerSecond = median(parseRuns.map((result) => result.pages / result.seconds));
  const first = parseRuns[0]!;
  console.log(
    `parse   ${first.pages} pages in ${first.files} text PDFs, one worker: ${pagesPerSecond.toFixed(1)} pages/s per core ` +
      `(target ≥ 20; ${(pagesPerSecond / 20).toFixed(2)}× target)`,
  );

  const lexical = [];
  for (let index = 0; index < runs; index++)
    lexical.push(await ingestRun(corpus, { VRAAGBAAK_EMBEDDING_MODEL: 'none' }));
  const seconds = median(lexical.map((result) => result.durationMs / 1000));
  const sample = lexical[0]!;
  console.log(
    `ingest  lexical, ${sample.pages} pages, ${sample.chunks} chunks: ${seconds.toFixed(1)} s total, ` +
      `${(sample.pages / seconds).toFixed(1)} pages/s, ${(sample.chunks / seconds).toFixed(1)} chunks/s, ` +
      `peak memory ${median(lexical.map((result) => result.maxRssMb)).toFixed(0)} MB (target < 1,536 MB)`,
  );

  if (values['skip-embed']) return;
  const embedResults = await runEmbedBench({ dtypes: ['fp32', 'q8'], runs, log: () => {} });
  for (const result of embedResults) console.log(formatEmbedResult(result));

  // A whole run with the e5-sized model: real embedding cost and real peak memory (random weights).
  const withModel = await ingestRun(corpus, {
    VRAAGBAAK_EMBEDDING_MODEL: 'vraagbaak-bench/e5-small-shaped',
    VRAAGBAAK_MODELS_DIR: path.resolve('data/bench/models'),
    VRAAGBAAK_EMBEDDING_DTYPE: 'q8',
  });
  const modelSeconds = withModel.durationMs / 1000;
  console.log(
    `ingest  with e5-small-sized int8 model, ${withModel.pages} pages, ${withModel.chunks} chunks, ${withModel.tokens} tokens: ` +
      `${modelSeconds.toFixed(1)} s total, ${(withModel.chunks / modelSeconds).toFixed(1)} chunks/s, ` +
      `${Math.round(withModel.tokens / modelSeconds)} tokens/s end to end ` +
      `(${(withModel.tokens / modelSeconds / computeLimitTokensPerSecond).toFixed(2)}× the fp32 compute limit), ` +
      `peak memory ${withModel.maxRssMb.toFixed(0)} MB (target < 1,536 MB)`,
  );
}

await main();
