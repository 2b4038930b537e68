/**
 * `npm start`: brings the bundled sample corpus up to date, then serves the API (and the built web app)
 * on http://localhost:8787. Configuration is read here, once, and passed down.
 */
import '../ingest/lance-environment.ts';
import 'dotenv/config';
import { serve } from '@hono/node-server';
import { formatKnowledgeBase, formatRunSummary } from '../ingest/cli/format-summary.ts';
import { createDutchAnalyzer, type DutchAnalyzer } from '../ingest/dutch/index.ts';
import { createFileLogger } from '../ingest/logger.ts';
import { sampleSource } from '../ingest/sample-source.ts';
import { openEmbedder, openIngestEngine, type OpenedEmbedder } from '../ingest/services.ts';
import { acquireWriterLock, describeLockRefusal } from '../ingest/store/index.ts';
import { indexState } from './admin/index.ts';
import { createApp } from './app.ts';
import { parseServerConfig, type ServerConfig } from './config.ts';
import { openServerRuntime } from './runtime.ts';

async function ingestSample(
  config: ServerConfig,
  shared: { embedder: OpenedEmbedder; analyzer: DutchAnalyzer },
): Promise<void> {
  const logger = createFileLogger({
    file: config.ingest.logFile,
    level: config.ingest.logLevel,
    name: 'start',
  });
  const engine = await openIngestEngine(config.ingest, logger, shared);
  try {
    // A new model is indexed into new tables from the admin console; a sync here would rebuild in place.
    const state = await indexState(engine.store, engine.embedder, engine.lexicalReason);
    if (state.rebuildNeeded) {
      console.log(
        `Voorbeeldcorpus niet bijgewerkt: ${state.reason} Herindexeer via POST /api/admin/index/rebuild.`,
      );
      return;
    }
    const summary = await engine.sync({
      sources: [sampleSource(config.ingest.sampleDir)],
      trigger: 'server',
    });
    console.log(formatRunSummary(summary, { maxListed: 5 }));
  } finally {
    await engine.close();
  }
}

async function main(): Promise<void> {
  const parsed = parseServerConfig(process.env, process.cwd());
  if (!parsed.ok) {
    console.error(
      `Vraagbaak start niet; deze instellingen kloppen niet:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exit(2);
  }
  const config = parsed.config;
  // Held until the process ends: the server writes (jobs, notes) whenever it likes, so a CLI run must wait.
  const writerLock = await acquireWriterLock({
    dataDir: config.ingest.dataDir,
    role: 'server',
    waitMs: 10_000,
  });
  if (!writerLock.ok) {
    console.error(`Vraagbaak start niet. ${describeLockRefusal(writerLock.reason)}`);
    if (writerLock.reason.kind === 'held' && writerLock.reason.holder?.role === 'cli') {
      console.error('Wacht tot die inname klaar is, of stop haar (Ctrl+C), en start dan opnieuw.');
    }
    process.exit(1);
  }
  // The model and the Dutch lexicon are loaded once: for the start-up sync, then for serving.
  const shared = { embedder: await openEmbedder(config.ingest), analyzer: createDutchAnalyzer() };
  if (config.ingestSampleOnStart) await ingestSample(config, shared);

  const logger = createFileLogger({
    file: `${config.ingest.dataDir}/logs/server.log`,
    level: config.ingest.logLevel,
    name: 'server',
  });
  const runtime = await openServerRuntime(config, logger, shared);
  console.log('');
  console.log(formatKnowledgeBase(await runtime.store.stats()));
  const app = createApp(runtime.dependencies);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (address) => {
    const answering =
      config.chatModels.length > 0
        ? `taalmodel ${config.defaultChatModel}`
        : 'zonder taalmodel (letterlijke passages)';
    console.log(`\nVraagbaak draait op http://localhost:${address.port} (${answering}).`);
    if (!runtime.dependencies.webRoot)
      console.log('De chat-app is nog niet gebouwd (npm run build); de API werkt wel.');
  });
  const shutdown = () => {
    server.close();
    void runtime
      .close()
      .then(() => writerLock.value.release())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('Vraagbaak kon niet starten:', error instanceof Error ? error.message : error);
  process.exit(1);
});
