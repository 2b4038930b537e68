import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dutchFtsOptions } from '../ingest/dutch/index.ts';
import { openLanceStore } from '../ingest/store/index.ts';
import { emptyCounts } from '../ingest/types.ts';
import type { ErrorBody } from '../server/contract/index.ts';
import type { AdminJob } from '../server/contract/admin-index.ts';
import { createGate, openAdminTestServer, type AdminTestServer } from './support/admin-app.ts';
import { consistencyProblems } from './support/ingest-harness.ts';
import { makeTempDir } from './support/paths.ts';

// More files than one batch (32 documents), so a job stopped half-way has committed some and not others.
const fileCount = 60;

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('admin API: cancel, restart during a job, resume', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let dataDir: string;
  let notes: string;
  let other: string;
  const servers: AdminTestServer[] = [];

  const open = async (gate?: ReturnType<typeof createGate>) => {
    const server = await openAdminTestServer(
      dataDir,
      gate ? { wrapParser: (parser) => gate.wrap(parser) } : {},
    );
    servers.push(server);
    return server;
  };

  beforeEach(async () => {
    work = await makeTempDir('admin-restart');
    dataDir = path.join(work.dir, 'data');
    notes = path.join(work.dir, 'shares', 'notities');
    other = path.join(work.dir, 'shares', 'ander');
    await mkdir(notes, { recursive: true });
    await mkdir(other, { recursive: true });
    for (let index = 0; index < fileCount; index++) {
      const name = `notitie-${String(index).padStart(2, '0')}.md`;
      await writeFile(
        path.join(notes, name),
        `# Notitie ${index}\n\nAfspraak ${index} over fietsparkeren.\n`,
      );
    }
    await writeFile(path.join(other, 'los.md'), '# Los\n\nEen losse notitie.\n');
  });

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close().catch(() => undefined);
    await work.remove();
  });

  it('cancels a queued job at once and a running job at the next file', async () => {
    const gate = createGate(5);
    const server = await open(gate);
    await server.json('POST', '/api/admin/sources', { name: 'notities', root: notes });
    await server.json('POST', '/api/admin/sources', { name: 'ander', root: other });
    const running = (await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['notities'] })).body;
    const queued = (await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['ander'] })).body;
    expect(queued.status).toBe('queued');
    await until(async () => gate.passed === 5, 'five files');

    const dropped = await server.json<AdminJob>('POST', `/api/admin/jobs/${queued.id}/cancel`);
    expect(dropped.status).toBe(200);
    expect(dropped.body).toMatchObject({ status: 'cancelled', error: 'geannuleerd voordat de taak begon' });
    const stopping = await server.json<AdminJob>('POST', `/api/admin/jobs/${running.id}/cancel`);
    expect(stopping.status).toBe(202);
    expect(stopping.body).toMatchObject({ status: 'running', cancelRequested: true });

    const stopped = await server.waitForJob(running.id);
    expect(stopped).toMatchObject({ status: 'cancelled', error: 'geannuleerd', resumable: true });
    expect(stopped.counts.indexed).toBeLessThan(fileCount);
    const again = await server.json<ErrorBody>('POST', `/api/admin/jobs/${running.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/al klaar \(cancelled\)/);
    expect(await consistencyProblems(server.store)).toEqual([]);
    // The source is free again.
    gate.release();
    const next = await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['notities'] });
    expect(next.status).toBe(202);
    expect((await server.waitForJob(next.body.id)).status).toBe('completed');
  });

  it('marks a job interrupted by a server restart, and a resume finishes it without duplicates', async () => {
    const gate = createGate(40);
    const first = await open(gate);
    await first.json('POST', '/api/admin/sources', { name: 'notities', root: notes });
    const job = (await first.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['notities'] })).body;
    // Wait until the first batch is committed and the job is held half-way.
    await until(async () => (await first.store.listDocuments('notities')).length >= 32, 'the first batch');
    await until(async () => gate.passed === 40, 'forty files');
    const running = (await first.json<AdminJob>('GET', `/api/admin/jobs/${job.id}`)).body;
    expect(running.status).toBe('running');
    expect(running.progress).toMatchObject({ phase: 'processing', filesTotal: fileCount });
    await first.close(); // the server stops mid-job
    servers.splice(servers.indexOf(first), 1);

    const second = await open();
    const interrupted = (await second.json<AdminJob>('GET', `/api/admin/jobs/${job.id}`)).body;
    expect(interrupted).toMatchObject({ status: 'interrupted', resumable: true });
    expect(interrupted.error).toMatch(/server stopte/);
    const committed = (await second.store.listDocuments('notities')).length;
    expect(committed).toBeGreaterThanOrEqual(32);
    expect(committed).toBeLessThan(fileCount);

    const resumed = await second.json<AdminJob>('POST', `/api/admin/jobs/${job.id}/resume`);
    expect(resumed.status).toBe(202);
    expect(resumed.body).toMatchObject({ resumedFrom: job.id, sources: ['notities'] });
    const finished = await second.waitForJob(resumed.body.id);
    expect(finished).toMatchObject({ status: 'completed', resumedFrom: job.id });
    expect(finished.counts).toMatchObject({
      unchanged: committed,
      indexed: fileCount - committed,
      failed: 0,
    });
    expect(await second.store.listDocuments('notities')).toHaveLength(fileCount);
    expect(await consistencyProblems(second.store)).toEqual([]);

    const done = await second.json<ErrorBody>('POST', `/api/admin/jobs/${resumed.body.id}/resume`);
    expect(done.status).toBe(409);
    expect(done.body.error.message).toMatch(/completed; er is niets te hervatten/);
  });

  it('never leaves a job running forever: one left by a process that died is interrupted at start', async () => {
    const store = await openLanceStore({ uri: path.join(dataDir, 'index'), ftsOptions: dutchFtsOptions });
    const startedAt = new Date(Date.now() - 60_000);
    await store.createJob({
      id: '20250101020000-deadbeef',
      sources: ['notities'],
      status: 'running',
      startedAt,
      finishedAt: null,
      counts: emptyCounts(),
      pages: 0,
      chunks: 0,
      embeddingModel: null,
      error: null,
      trigger: 'schedule',
    });
    await store.close();
    const server = await open();
    const job = (await server.json<AdminJob>('GET', '/api/admin/jobs/20250101020000-deadbeef')).body;
    expect(job).toMatchObject({ status: 'interrupted', resumable: true, trigger: 'schedule', kind: 'sync' });
    expect(job.error).toMatch(/proces stopte/);
    expect(Date.parse(job.finishedAt!)).toBeGreaterThan(startedAt.getTime());
  });
});
