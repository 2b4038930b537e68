/**
 * The real server as `npm start` runs it (`server/main.ts` in its own process, the built app, the sample
 * corpus ingested at start), in a temporary folder on a free loopback port. Lexical only: no model weights.
 * The server runs in that folder, which holds its own copy of the built app (see web-build.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { repoRoot, sampleDir } from '../../support/paths.ts';
import { snapshotWebBuild } from './web-build.ts';

export interface ServerOptions {
  /** More settings, for example a chat model: `{ VRAAGBAAK_CHAT_BASE_URL, VRAAGBAAK_CHAT_MODEL }`. */
  environment?: Record<string, string>;
  /** Files (name → content) added to a temporary copy of the sample corpus, which then becomes the sample. */
  extraSampleFiles?: Record<string, string>;
  /** Serve the built web app (default); false: the API only. */
  serveWeb?: boolean;
  /** Start-up includes ingesting the sample corpus; generous, because the test machine is shared. */
  startTimeoutMs?: number;
  /**
   * An existing data folder instead of a new one, kept when the server stops: to start the server again on
   * the same notes and index, for example as another user (`VRAAGBAAK_DEV_USER`).
   */
  dataDir?: string;
}

export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** The inherited environment without any Vraagbaak setting, so a developer's shell cannot leak in. */
function cleanEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('VRAAGBAAK_')) environment[key] = value;
  }
  return environment;
}

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server stopped during start-up (${child.exitCode ?? child.signalCode}):\n${tail(output())}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: it ingests the sample corpus first.
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs} ms:\n${tail(output())}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-e2e-'));
  const dataDir = options.dataDir ?? path.join(work, 'data');
  let corpus = sampleDir;
  if (options.extraSampleFiles) {
    corpus = path.join(work, 'sample');
    await cp(sampleDir, corpus, { recursive: true });
    for (const [name, content] of Object.entries(options.extraSampleFiles)) {
      await writeFile(path.join(corpus, name), content);
    }
  }
  const serveWeb = options.serveWeb ?? true;
  if (serveWeb) {
    try {
      await snapshotWebBuild(path.join(work, 'dist', 'web'));
    } catch (error) {
      await removeWork(work);
      throw error;
    }
  }
  const environment = (port: number): Record<string, string> => ({
    ...cleanEnvironment(),
    // A developer's .env must not change what the test runs against.
    DOTENV_CONFIG_PATH: path.join(work, 'no.env'),
    DOTENV_CONFIG_QUIET: 'true',
    VRAAGBAAK_DATA_DIR: dataDir,
    VRAAGBAAK_SAMPLE_DIR: corpus,
    VRAAGBAAK_HOST: '127.0.0.1',
    VRAAGBAAK_PORT: String(port),
    VRAAGBAAK_EMBEDDING_MODEL: 'none',
    VRAAGBAAK_SCHEDULES: 'false',
    VRAAGBAAK_PARSE_WORKERS: '1',
    VRAAGBAAK_SERVE_WEB: String(serveWeb),
    VRAAGBAAK_INGEST_SAMPLE: 'true',
    ...options.environment,
  });
  // The port is free when probed but may be taken before the server binds it; then try another.
  for (let attempt = 1; ; attempt++) {
    const started = await launch(work, environment(await freePort()), options.startTimeoutMs ?? 100_000);
    if (started.ok) {
      return { ...started.server, dataDir, stop: () => started.server.stop().then(() => removeWork(work)) };
    }
    if (!started.portTaken || attempt === 3) {
      await removeWork(work);
      throw started.error;
    }
  }
}

function removeWork(work: string): Promise<void> {
  return rm(work, { recursive: true, force: true });
}

type Launch =
  { ok: true; server: Omit<ServerProcess, 'dataDir'> } | { ok: false; portTaken: boolean; error: unknown };

async function launch(work: string, environment: Record<string, string>, timeoutMs: number): Promise<Launch> {
  const baseUrl = `http://127.0.0.1:${environment.VRAAGBAAK_PORT}`;
  let printed = '';
  // The server serves `dist/web` under its working folder; every other path it is given is absolute.
  const child = spawn(process.execPath, ['--import', tsxLoader, path.join(repoRoot, 'server', 'main.ts')], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: environment,
  });
  child.stdout?.on('data', (data: Buffer) => (printed += data.toString('utf8')));
  child.stderr?.on('data', (data: Buffer) => (printed += data.toString('utf8')));
  // A worker that dies without its hooks must not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
  };
  try {
    await waitForHealth(baseUrl, child, () => printed, timeoutMs);
    // Whoever answered must be our server, not another process that had the port first.
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server stopped:\n${tail(printed)}`);
  } catch (error) {
    await stop();
    return { ok: false, portTaken: printed.includes('EADDRINUSE'), error };
  }
  return { ok: true, server: { baseUrl, output: () => printed, stop } };
}
