import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../server/contract/index.ts';
import type { AdminJob, AdminOverview } from '../server/contract/admin-index.ts';
import { createGate, openAdminTestServer, type AdminTestServer } from './support/admin-app.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { consistencyProblems } from './support/ingest-harness.ts';
import { makeTempDir } from './support/paths.ts';

const everyone = { accessGroups: ['medewerkers'], limit: 20 };

describe('admin API: a new embedding model is indexed into new tables, then switched to', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let dataDir: string;
  let root: string;
  const servers: AdminTestServer[] = [];

  beforeEach(async () => {
    work = await makeTempDir('admin-rebuild');
    dataDir = path.join(work.dir, 'data');
    root = path.join(work.dir, 'share');
    await mkdir(root, { recursive: true });
    for (let index = 0; index < 6; index++) {
      await writeFile(
        path.join(root, `regel-${index}.md`),
        `# Regel ${index}\n\nVergunning voor parkeren ${index}.\n`,
      );
    }
  });

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close().catch(() => undefined);
    await work.remove();
  });

  it('keeps serving the old index during the rebuild and drops it only after the switch', async () => {
    const modelA = createDeterministicEmbedder({ model: 'test/model-a', dimensions: 16 });
    const first = await openAdminTestServer(dataDir, { embedder: modelA });
    servers.push(first);
    await first.json('POST', '/api/admin/sources', { name: 'regels', root });
    const initial = (await first.json<AdminJob>('POST', '/api/admin/jobs', { sources: 'all' })).body;
    expect((await first.waitForJob(initial.id)).status).toBe('completed');
    const oldChunkIds = (await first.store.listChunks()).map((chunk) => chunk.id).sort();
    const noRebuild = await first.json<ErrorBody>('POST', '/api/admin/index/rebuild', {});
    expect(noRebuild.status).toBe(409);
    await first.close();
    servers.splice(0);

    // The server restarts with another model.
    const gate = createGate(2);
    const modelB = createDeterministicEmbedder({ model: 'test/model-b', dimensions: 8 });
    const server = await openAdminTestServer(dataDir, {
      embedder: modelB,
      wrapParser: (parser) => gate.wrap(parser),
    });
    servers.push(server);
    const refused = await server.json<ErrorBody>('POST', '/api/admin/jobs', { sources: ['regels'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(
      /gebouwd met test\/model-a .* nu met test\/model-b .* Herindexeer/,
    );
    const before = (await server.json<AdminOverview>('GET', '/api/admin/overview')).body;
    expect(before.rebuild).toMatchObject({ needed: true, serverModel: 'test/model-b', pending: null });

    const rebuild = await server.json<AdminJob>('POST', '/api/admin/index/rebuild', {});
    expect(rebuild.status).toBe(202);
    expect(rebuild.body).toMatchObject({ kind: 'rebuild', sources: ['regels'], status: 'running' });
    await (async () => {
      const deadline = Date.now() + 20_000;
      while (gate.passed < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 25));
    })();
    // Half-way: searches read the old tables, complete and with the old vectors.
    expect(server.store.activeTables()).toEqual({ chunks: 'chunks', documents: 'documents' });
    expect((await server.store.readIndexInfo())?.embeddingModel).toBe('test/model-a');
    const during = await server.store.searchLexical('vergunning', { filter: everyone, limit: 20 });
    expect(during).toHaveLength(6);
    const vectorHits = await server.store.searchVector(new Float32Array(16).fill(0.25), {
      filter: everyone,
      limit: 3,
    });
    expect(vectorHits).toHaveLength(3);
    const pending = (await server.json<AdminOverview>('GET', '/api/admin/overview')).body.rebuild.pending;
    expect(pending).not.toBeNull();
    const sync = await server.json<ErrorBody>('POST', '/api/admin/jobs', { sources: ['regels'] });
    expect(sync.status).toBe(409); // the rebuild holds every source

    gate.release();
    const finished = await server.waitForJob(rebuild.body.id);
    expect(finished).toMatchObject({ status: 'completed', kind: 'rebuild' });
    expect(finished.counts.indexed).toBe(6);
    const tables = server.store.activeTables();
    expect(tables.chunks).toMatch(/^chunks_r\d{14}$/);
    expect(await server.store.readIndexInfo()).toMatchObject({
      embeddingModel: 'test/model-b',
      dimensions: 8,
    });
    const chunks = await server.store.listChunks({ full: true });
    expect(chunks).toHaveLength(6);
    expect(chunks.every((chunk) => chunk.vector?.length === 8)).toBe(true);
    expect(chunks.map((chunk) => chunk.id).sort()).not.toEqual(oldChunkIds);
    expect(await consistencyProblems(server.store)).toEqual([]);
    expect(await server.store.searchLexical('vergunning', { filter: everyone, limit: 20 })).toHaveLength(6);
    const connection = await lancedb.connect(path.join(dataDir, 'index'));
    const names = await connection.tableNames();
    connection.close();
    expect(names).not.toContain('chunks');
    expect(names).not.toContain('documents');
    expect(names).toEqual(expect.arrayContaining([tables.chunks, tables.documents, 'jobs', 'meta']));
    const after = (await server.json<AdminOverview>('GET', '/api/admin/overview')).body;
    expect(after.rebuild).toMatchObject({ needed: false, pending: null });
    expect(after.index).toMatchObject({ embeddingModel: 'test/model-b', dimensions: 8, tables });

    // Syncs work again, into the new tables; a restart finds them.
    const next = (await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['regels'] })).body;
    expect(await server.waitForJob(next.id)).toMatchObject({ status: 'completed', counts: { unchanged: 6 } });
    await server.close();
    servers.splice(0);
    const reopened = await openAdminTestServer(dataDir, { embedder: modelB });
    servers.push(reopened);
    expect(reopened.store.activeTables()).toEqual(tables);
    expect(await reopened.store.listChunks()).toHaveLength(6);
  });

  it('resumes an interrupted rebuild into the same new tables, and refuses to switch to an empty source', async () => {
    const modelA = createDeterministicEmbedder({ model: 'test/model-a', dimensions: 16 });
    const first = await openAdminTestServer(dataDir, { embedder: modelA });
    servers.push(first);
    await first.json('POST', '/api/admin/sources', { name: 'regels', root });
    const initial = (await first.json<AdminJob>('POST', '/api/admin/jobs', { sources: 'all' })).body;
    await first.waitForJob(initial.id);
    await first.close();
    servers.splice(0);

    const modelB = createDeterministicEmbedder({ model: 'test/model-b', dimensions: 8 });
    const gate = createGate(3);
    const stopping = await openAdminTestServer(dataDir, {
      embedder: modelB,
      wrapParser: (parser) => gate.wrap(parser),
    });
    const rebuild = (await stopping.json<AdminJob>('POST', '/api/admin/index/rebuild', {})).body;
    while (gate.passed < 3) await new Promise((resolve) => setTimeout(resolve, 25));
    await stopping.close();

    const server = await openAdminTestServer(dataDir, { embedder: modelB });
    servers.push(server);
    expect((await server.json<AdminJob>('GET', `/api/admin/jobs/${rebuild.id}`)).body.status).toBe(
      'interrupted',
    );
    expect(await server.store.pendingRebuild()).not.toBeNull();
    expect(server.store.activeTables().chunks).toBe('chunks');

    // The share is unmounted: the rebuilt tables would lose the source, so nothing is switched.
    const { rename } = await import('node:fs/promises');
    await rename(root, `${root}-weg`);
    await mkdir(root);
    const empty = await server.json<AdminJob>('POST', `/api/admin/jobs/${rebuild.id}/resume`);
    expect(empty.body.kind).toBe('rebuild');
    const refused = await server.waitForJob(empty.body.id);
    expect(refused.status).toBe('failed');
    expect(refused.error).toMatch(/Bron regels (is leeg|leverde geen documenten op)/);
    expect(refused.error).toMatch(/De huidige index blijft in gebruik/);
    expect(server.store.activeTables().chunks).toBe('chunks');
    expect(await server.store.searchLexical('vergunning', { filter: everyone, limit: 20 })).toHaveLength(6);

    await rename(root, `${root}-leeg`);
    await rename(`${root}-weg`, root);
    const resumed = await server.json<AdminJob>('POST', `/api/admin/jobs/${refused.id}/resume`);
    const done = await server.waitForJob(resumed.body.id);
    expect(done.status).toBe('completed');
    expect(server.store.activeTables().chunks).toMatch(/^chunks_r/);
    expect(await server.store.listChunks()).toHaveLength(6);
    expect(await consistencyProblems(server.store)).toEqual([]);
  });
});
