/**
 * The browser tests run against the built app, as `npm start` serves it. The build is brought up to date
 * by the same script `npm start` runs, one test file at a time, and each server gets its own copy: a
 * rebuild for another test file (web/ changed meanwhile) empties dist/web, which must not pull the app
 * from under a server that is being tested.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generatedDir, repoRoot } from '../../support/paths.ts';

const lockDir = path.join(generatedDir, 'web-build.lock');
const builtDir = path.join(repoRoot, 'dist', 'web');
const builtIndex = path.join(builtDir, 'index.html');
const ownerFile = path.join(lockDir, 'pid');
/** A lock without an owner (the moment between taking it and writing the pid) this old was left behind. */
const ownerlessLockMs = 30_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose owner is gone (a run killed mid-build) must not block the next run. */
async function isAbandoned(): Promise<boolean> {
  const owner = await readFile(ownerFile, 'utf8').catch(() => null);
  if (owner !== null) return !isRunning(Number(owner));
  const age = await stat(lockDir).then(
    (info) => Date.now() - info.mtimeMs,
    () => 0,
  );
  return age > ownerlessLockMs;
}

async function withLock<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  await mkdir(generatedDir, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isAbandoned()) await rm(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`waited ${timeoutMs} ms for ${lockDir}`, { cause: error });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function runEnsureScript(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ensure-web-build.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (data: Buffer) => (printed += data.toString('utf8')));
  child.stderr.on('data', (data: Buffer) => (printed += data.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`scripts/ensure-web-build.ts exited with ${code}:\n${printed}`);
  return printed;
}

async function ensureBuilt(): Promise<void> {
  const printed = await runEnsureScript();
  // The script lets `npm start` go on without an app; a browser test cannot.
  if (!existsSync(builtIndex) || /kon niet worden gebouwd/.test(printed)) {
    throw new Error(`the web app was not built:\n${printed}`);
  }
}

/** Builds dist/web when it is missing or older than web/; throws when there is no app afterwards. */
export function ensureWebBuild(timeoutMs = 180_000): Promise<void> {
  return withLock(ensureBuilt, timeoutMs);
}

/** Brings the build up to date and copies it to `target` before anyone can rebuild it. */
export function snapshotWebBuild(target: string, timeoutMs = 180_000): Promise<void> {
  return withLock(async () => {
    await ensureBuilt();
    await cp(builtDir, target, { recursive: true });
  }, timeoutMs);
}
