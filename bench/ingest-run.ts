/**
 * One ingest run in its own process, so peak memory (maxRSS, worker threads included) belongs to this run alone.
 * Prints one JSON line. Used by bench/ingest-bench.ts.
 */
import '../ingest/lance-environment.ts';
import { parseIngestConfig } from '../ingest/config.ts';
import { createFileLogger } from '../ingest/logger.ts';
import { openIngestEngine } from '../ingest/services.ts';
import { ALL_STAFF_GROUP } from '../ingest/sources/index.ts';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: ingest-run.ts <folder>');
const parsed = parseIngestConfig(process.env, process.cwd());
if (!parsed.ok) throw new Error(parsed.problems.join('; '));
const config = parsed.config;
const engine = await openIngestEngine(
  config,
  createFileLogger({ file: config.logFile, level: 'warn', name: 'bench' }),
);
const started = performance.now();
const summary = await engine.sync({
  sources: [{ name: 'bench', root, include: [], exclude: [], accessGroups: [ALL_STAFF_GROUP] }],
  trigger: 'cli',
});
const durationMs = performance.now() - started;
await engine.close();
console.log(
  JSON.stringify({
    status: summary.job.status,
    counts: summary.job.counts,
    pages: summary.job.pages,
    chunks: summary.job.chunks,
    tokens: summary.tokens,
    durationMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    embedding: engine.embedder?.info.model ?? null,
  }),
);
process.exit(0);
