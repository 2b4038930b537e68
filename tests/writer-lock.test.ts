import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireWriterLock, describeLockRefusal } from '../ingest/store/index.ts';
import { makeTempDir, repoRoot, sampleDir } from './support/paths.ts';

/** A child process on tsx as a loader, with its output collected. */
function startNode(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, output: () => output };
}

async function holdInAnotherProcess(dataDir: string, role: 'server' | 'cli') {
  const holder = startNode('tests/support/hold-writer-lock.ts', [dataDir, role]);
  while (!holder.output().includes('vergrendeld')) {
    if (holder.child.exitCode !== null) throw new Error(`holder stopped: ${holder.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return holder;
}

describe('one writer per knowledge base', () => {
  let work: { dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    work = await makeTempDir('writer-lock');
  });
  afterAll(async () => work?.remove());

  it('refuses a second writer, says who holds the lock, and lets go on release', async () => {
    const dataDir = path.join(work.dir, 'in-process');
    const first = await acquireWriterLock({ dataDir, role: 'server' });
    expect(first.ok).toBe(true);
    const second = await acquireWriterLock({ dataDir, role: 'cli' });
    expect(second).toMatchObject({
      ok: false,
      reason: { kind: 'held', holder: { role: 'server', pid: process.pid } },
    });
    if (second.ok) throw new Error('unreachable');
    expect(describeLockRefusal(second.reason)).toMatch(/in gebruik door de Vraagbaak-server \(proces \d+/u);

    if (first.ok) await first.value.release();
    const third = await acquireWriterLock({ dataDir, role: 'cli' });
    expect(third.ok).toBe(true);
    if (third.ok) await third.value.release();
  });

  it('waits for a lock that is let go within waitMs', async () => {
    const dataDir = path.join(work.dir, 'waiting');
    const first = await acquireWriterLock({ dataDir, role: 'server' });
    if (!first.ok) throw new Error('first lock refused');
    setTimeout(() => void first.value.release(), 300);
    const waited = await acquireWriterLock({ dataDir, role: 'server', waitMs: 5_000 });
    expect(waited.ok).toBe(true);
    if (waited.ok) await waited.value.release();
  });

  it('holds across processes, and is free at once when its holder is killed with SIGKILL', async () => {
    const dataDir = path.join(work.dir, 'cross-process');
    const holder = await holdInAnotherProcess(dataDir, 'cli');
    const refused = await acquireWriterLock({ dataDir, role: 'server' });
    expect(refused).toMatchObject({
      ok: false,
      reason: { kind: 'held', holder: { role: 'cli', pid: holder.child.pid } },
    });

    holder.child.kill('SIGKILL');
    await holder.exited;
    // No stale period: the kernel dropped the lock with the process.
    const taken = await acquireWriterLock({ dataDir, role: 'server' });
    expect(taken.ok).toBe(true);
    if (taken.ok) await taken.value.release();
  });

  it('stops the ingest CLI before it writes anything while the server holds the knowledge base', async () => {
    const dataDir = path.join(work.dir, 'server-running');
    const server = await acquireWriterLock({ dataDir, role: 'server' });
    if (!server.ok) throw new Error('lock refused');
    try {
      const cli = startNode('ingest/cli.ts', [sampleDir], {
        ...process.env,
        VRAAGBAAK_DATA_DIR: dataDir,
        VRAAGBAAK_EMBEDDING_MODEL: 'none',
      });
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toContain('in gebruik door de Vraagbaak-server');
      expect(cli.output()).toContain('/beheer');
      expect(existsSync(path.join(dataDir, 'sources.json'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'index'))).toBe(false);

      // A dry run writes nothing, so it may look while the server runs.
      const dryRun = startNode('ingest/cli.ts', [sampleDir, '--dry-run'], {
        ...process.env,
        VRAAGBAAK_DATA_DIR: dataDir,
        VRAAGBAAK_EMBEDDING_MODEL: 'none',
      });
      expect(await dryRun.exited).toBe(0);
    } finally {
      await server.value.release();
    }
  });
});
