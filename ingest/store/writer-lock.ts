/**
 * One writer per knowledge base. The server (its job queue, note publishing) and a CLI run both start with a
 * repair step that removes half-written batches, so a second writer would remove the first one's batch in
 * progress, and two rebuilds in place would undo each other. Whoever writes holds this lock: the server for
 * as long as it runs, the CLI for one run.
 *
 * The lock is SQLite's exclusive lock on a small file in the data folder, held by an open transaction. SQLite
 * takes it with an fcntl lock, which the kernel drops when the process ends in any way, `kill -9` included:
 * no stale lock to wait out or clean up. A holder file next to it says who holds it, for the message.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { fail, ok, type Result } from '../result.ts';

export type WriterRole = 'server' | 'cli';

export interface LockHolder {
  role: WriterRole;
  pid: number;
  host: string;
  since: Date;
}

export interface WriterLock {
  release(): Promise<void>;
}

export type LockRefusal =
  { kind: 'held'; holder: LockHolder | null; lockFile: string } | { kind: 'error'; message: string };

const holderSchema = z.object({
  role: z.enum(['server', 'cli']),
  pid: z.number().int(),
  host: z.string(),
  since: z.iso.datetime(),
});

const lockName = 'kennisbank.lock';
const holderName = 'kennisbank.lock-houder.json';
const retryMs = 250;

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? { ...parsed.data, since: new Date(parsed.data.since) } : null;
  } catch {
    return null;
  }
}

const errorCode = (error: unknown): unknown => (error as { code?: unknown }).code;

/**
 * Takes the lock, or says who holds it. With `waitMs`, a held lock is tried again until then: a server that
 * restarts may start before the old process has fully exited.
 */
export async function acquireWriterLock(options: {
  /** The data folder of the knowledge base; the lock and its holder file live here. */
  dataDir: string;
  role: WriterRole;
  waitMs?: number;
  signal?: AbortSignal;
}): Promise<Result<WriterLock, LockRefusal>> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    const attempt = await tryWriterLock(options.dataDir, options.role);
    if (attempt.ok || attempt.reason.kind !== 'held' || Date.now() >= deadline) return attempt;
    await sleep(retryMs, undefined, { signal: options.signal });
  }
}

async function tryWriterLock(dataDir: string, role: WriterRole): Promise<Result<WriterLock, LockRefusal>> {
  const lockFile = path.join(dataDir, lockName);
  const holderFile = path.join(dataDir, holderName);
  let database: Database.Database;
  try {
    await mkdir(dataDir, { recursive: true });
    // No busy timeout: a held lock is answered at once, not after a wait.
    database = new Database(lockFile, { timeout: 0 });
  } catch (error) {
    return fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  try {
    database.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    database.close();
    if (errorCode(error) === 'SQLITE_BUSY' || errorCode(error) === 'SQLITE_LOCKED') {
      return fail({ kind: 'held', holder: await readHolder(holderFile), lockFile });
    }
    return fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  const holder = { role, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  await writeFile(holderFile, `${JSON.stringify(holder, null, 2)}\n`);
  let released = false;
  return ok({
    async release() {
      if (released) return;
      released = true;
      await rm(holderFile, { force: true });
      database.exec('ROLLBACK');
      database.close();
    },
  });
}

const roleNames: Record<WriterRole, string> = {
  server: 'de Vraagbaak-server',
  cli: 'een inname via de opdrachtregel',
};

/** Why the lock was refused, in plain Dutch, with who holds it when known. */
export function describeLockRefusal(refusal: LockRefusal): string {
  if (refusal.kind === 'error') return `De kennisbank kon niet worden vergrendeld: ${refusal.message}`;
  const { holder } = refusal;
  if (holder === null) return `De kennisbank is in gebruik door een ander proces (${refusal.lockFile}).`;
  const since = holder.since.toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' });
  return `De kennisbank is in gebruik door ${roleNames[holder.role]} (proces ${holder.pid} op ${holder.host}, sinds ${since}).`;
}
