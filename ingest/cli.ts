/**
 * `npm run ingest -- <folder or source name>... [--dry-run] [--force] [--name NAME] [--groups a,b]`
 * Exit code: 0 when the run completed (bad files included), 1 when the run itself failed, 2 for usage errors.
 */
import './lance-environment.ts';
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { formatDryRun, formatKnowledgeBase, formatRunSummary } from './cli/format-summary.ts';
import { describeResolveFailure, describeSourcesFileFailure } from './cli/messages.ts';
import { createProgressReporter } from './cli/progress-bar.ts';
import { resolveSources } from './cli/resolve-sources.ts';
import { parseIngestConfig, type IngestConfig } from './config.ts';
import { createFileLogger } from './logger.ts';
import { openIngestEngine } from './services.ts';
import { loadSources, saveSources } from './sources/index.ts';
import { acquireWriterLock, describeLockRefusal, type WriterLock } from './store/index.ts';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      name: { type: 'string' },
      groups: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Gebruik: npm run ingest -- <map of bronnaam>... [--dry-run] [--force] [--name NAAM] [--groups a,b]',
    );
    return 0;
  }
  const parsedConfig = parseIngestConfig(process.env, process.cwd());
  if (!parsedConfig.ok) {
    console.error(
      `Ongeldige instellingen:\n${parsedConfig.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 2;
  }
  const config = parsedConfig.config;
  const controller = new AbortController();
  // A dry run writes nothing, so it may look while the server runs.
  let writerLock: WriterLock | null = null;
  if (!values['dry-run']) {
    const locked = await acquireWriterLock({ dataDir: config.dataDir, role: 'cli' });
    if (!locked.ok) {
      console.error(describeLockRefusal(locked.reason));
      if (locked.reason.kind === 'held' && locked.reason.holder?.role === 'server') {
        console.error('Start de inname in het beheerscherm (/beheer), of stop eerst de server.');
      }
      return 1;
    }
    writerLock = locked.value;
  }
  try {
    return await ingest(config, values, positionals, controller);
  } finally {
    await writerLock?.release();
  }
}

async function ingest(
  config: IngestConfig,
  values: { 'dry-run': boolean; force: boolean; name?: string | undefined; groups?: string | undefined },
  positionals: string[],
  controller: AbortController,
): Promise<number> {
  const registered = await loadSources(config.sourcesFile);
  if (!registered.ok) {
    console.error(describeSourcesFileFailure(registered.reason));
    return 2;
  }
  const resolved = await resolveSources(positionals, registered.value, {
    name: values.name,
    groups: values.groups
      ?.split(',')
      .map((group) => group.trim())
      .filter(Boolean),
  });
  if (!resolved.ok) {
    console.error(describeResolveFailure(resolved.reason));
    return 2;
  }
  if (resolved.value.added.length > 0 && !values['dry-run']) {
    await saveSources(config.sourcesFile, [...registered.value, ...resolved.value.added]);
    for (const source of resolved.value.added) console.log(`Nieuwe bron ${source.name} → ${source.root}`);
  }

  const logger = createFileLogger({ file: config.logFile, level: config.logLevel, name: 'ingest' });
  const engine = await openIngestEngine(config, logger);
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  if (engine.lexicalReason) console.log(`Let op: alleen lexicaal zoeken: ${engine.lexicalReason}.`);
  const progress = createProgressReporter(process.stdout);
  try {
    const summary = await engine.sync({
      sources: resolved.value.sources,
      trigger: 'cli',
      dryRun: values['dry-run'],
      force: values.force,
      signal: controller.signal,
      onProgress: (event) => progress.update(event),
    });
    progress.stop();
    console.log('');
    if (values['dry-run']) {
      console.log(formatDryRun(summary));
    } else {
      console.log(formatRunSummary(summary));
      console.log('');
      console.log(formatKnowledgeBase(await engine.store.stats()));
      console.log(`\nLogboek: ${config.logFile}`);
    }
    if (summary.job.status === 'cancelled') return 130;
    return summary.job.status === 'completed' ? 0 : 1;
  } finally {
    progress.stop();
    await engine.close();
    logger.flush();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Ingest gestopt door een fout:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
