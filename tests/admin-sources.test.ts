import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../server/contract/index.ts';
import type { AdminJob, AdminSource, AdminSourcesResponse } from '../server/contract/admin-index.ts';
import { openAdminTestServer, type AdminTestServer } from './support/admin-app.ts';
import { consistencyProblems } from './support/ingest-harness.ts';
import { makeTempDir } from './support/paths.ts';

describe('admin API: sources', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: AdminTestServer;
  let shares: string;

  beforeAll(async () => {
    work = await makeTempDir('admin-sources');
    shares = path.join(work.dir, 'shares');
    for (const folder of ['beleid', 'beleid/archief', 'handhaving', 'leeg']) {
      await mkdir(path.join(shares, folder), { recursive: true });
    }
    await writeFile(
      path.join(shares, 'beleid', 'fietsstraten.md'),
      '# Fietsstraten\n\nDe fiets is hier te gast.\n',
    );
    await writeFile(path.join(shares, 'beleid', 'laadpalen.md'), '# Laadpalen\n\nVraag een laadpaal aan.\n');
    await writeFile(path.join(shares, 'handhaving', 'boetes.md'), '# Boetes\n\nFout parkeren kost geld.\n');
    await writeFile(path.join(shares, 'bestand.txt'), 'geen map');
    const sample = path.join(work.dir, 'voorbeeld');
    await mkdir(sample);
    server = await openAdminTestServer(path.join(work.dir, 'data'), {
      builtIn: [{ name: 'voorbeeld', root: sample, include: [], exclude: [], accessGroups: ['medewerkers'] }],
      reserved: ['ervaringskennis'],
    });
  });

  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  const problems = async (body: Record<string, unknown>, method = 'POST', url = '/api/admin/sources') => {
    const response = await server.json<ErrorBody>(method, url, body);
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(response.body.error.code).toBe('bad_request');
    return response.body.error.message;
  };

  it('adds a source and lists it with its settings and figures', async () => {
    const added = await server.json<AdminSource>('POST', '/api/admin/sources', {
      name: 'beleid',
      root: path.join(shares, 'beleid'),
      exclude: ['archief/**'],
      accessGroups: ['mobiliteit'],
      schedule: '0 2 * * *',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'beleid',
      root: path.join(shares, 'beleid'),
      include: [],
      exclude: ['archief/**'],
      accessGroups: ['mobiliteit'],
      schedule: '0 2 * * *',
      builtIn: false,
      rootProblem: null,
      documents: 0,
      lastSuccessfulSync: null,
      activeJob: null,
    });
    expect(Date.parse(added.body.nextRunAt!)).toBeGreaterThan(Date.now());
    expect(new Date(added.body.nextRunAt!).getUTCHours()).toBe(2); // the test server's schedules run in UTC

    const listed = await server.json<AdminSourcesResponse>('GET', '/api/admin/sources');
    expect(listed.body.sources.map((source) => [source.name, source.builtIn])).toEqual([
      ['voorbeeld', true],
      ['beleid', false],
    ]);
    expect(listed.body).toMatchObject({ schedulesEnabled: true, timezone: 'UTC' });
    const file = JSON.parse(await readFile(server.sourcesFile, 'utf8'));
    expect(file.sources).toEqual(
      [added.body].map(({ name, root, include, exclude, accessGroups, schedule }) => ({
        name,
        root,
        include,
        exclude,
        accessGroups,
        schedule,
      })),
    );
  });

  it('rejects invalid fields, listing every problem', async () => {
    const message = await problems({
      name: 'Beleid Nieuw',
      root: path.join(shares, 'handhaving'),
      include: ['*.{pdf'],
      exclude: ['[concept'],
      accessGroups: [],
      schedule: 'elke nacht',
    });
    expect(message).toMatch(/name: kleine letters/);
    expect(message).toMatch(/include\.0: ongeldig patroon \*\.\{pdf/);
    expect(message).toMatch(/exclude\.0: ongeldig patroon \[concept/);
    expect(message).toMatch(/accessGroups/);
    expect(message).toMatch(/schedule: ongeldig schema/);
    expect(
      await problems({ name: 'nacht', root: path.join(shares, 'handhaving'), schedule: '61 * * * *' }),
    ).toMatch(/schedule: ongeldig schema/);
  });

  it('rejects a root that is missing, not a folder, or overlaps another source', async () => {
    expect(await problems({ name: 'weg', root: path.join(shares, 'bestaat-niet') })).toMatch(
      /root: .* bestaat niet/,
    );
    expect(await problems({ name: 'bestand', root: path.join(shares, 'bestand.txt') })).toMatch(
      /is geen map/,
    );
    expect(await problems({ name: 'archief', root: path.join(shares, 'beleid', 'archief') })).toMatch(
      /ligt binnen de map van bron beleid/,
    );
    expect(await problems({ name: 'alles', root: shares })).toMatch(/bevat de map van bron beleid/);
    expect(await problems({ name: 'dubbel', root: path.join(shares, 'beleid', '..', 'beleid') })).toMatch(
      /dezelfde map als bron beleid/,
    );
    expect(await problems({ name: 'beleid', root: path.join(shares, 'handhaving') })).toMatch(
      /er is al een bron met de naam beleid/,
    );
    expect(await problems({ name: 'voorbeeld', root: path.join(shares, 'handhaving') })).toMatch(
      /al een bron/,
    );
    expect(await problems({ name: 'ervaringskennis', root: path.join(shares, 'handhaving') })).toMatch(
      /gereserveerd/,
    );
    const reserved = await server.json<ErrorBody>(
      'DELETE',
      '/api/admin/sources/ervaringskennis?confirm=ervaringskennis',
    );
    expect(reserved.status).toBe(409);
    const listed = await server.json<AdminSourcesResponse>('GET', '/api/admin/sources');
    expect(listed.body.sources).toHaveLength(2);
  });

  it('changes a source; new access groups apply to what is already indexed', async () => {
    const job = await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['beleid'] });
    expect(job.status).toBe(202);
    expect((await server.waitForJob(job.body.id)).status).toBe('completed');
    expect(
      (await server.store.listChunks()).every((chunk) => chunk.accessGroups.join() === 'mobiliteit'),
    ).toBe(true);

    const changed = await server.json<AdminSource>('PUT', '/api/admin/sources/beleid', {
      root: path.join(shares, 'beleid'),
      exclude: ['archief/**'],
      accessGroups: ['directie'],
      schedule: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      accessGroups: ['directie'],
      schedule: null,
      nextRunAt: null,
      documents: 2,
    });
    const chunks = await server.store.listChunks();
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((chunk) => chunk.accessGroups.join() === 'directie')).toBe(true);
    const documents = await server.store.listDocuments('beleid');
    expect(documents.every((document) => document.accessGroups.join() === 'directie')).toBe(true);

    expect(
      await problems(
        { root: path.join(shares, 'beleid'), include: ['['] },
        'PUT',
        '/api/admin/sources/beleid',
      ),
    ).toMatch(/include\.0/);
    const renamed = await server.json<ErrorBody>('PUT', '/api/admin/sources/beleid', {
      name: 'ander',
      root: path.join(shares, 'beleid'),
    });
    expect(renamed.status).toBe(400);
    const builtIn = await server.json<ErrorBody>('PUT', '/api/admin/sources/voorbeeld', { root: shares });
    expect(builtIn.status).toBe(409);
    expect(builtIn.body.error.message).toMatch(/ingebouwd/);
    const unknown = await server.json<ErrorBody>('PUT', '/api/admin/sources/onbekend', { root: shares });
    expect(unknown.status).toBe(404);
  });

  it('reports a root that can no longer be read', async () => {
    await server.json('POST', '/api/admin/sources', { name: 'leeg', root: path.join(shares, 'leeg') });
    const { rm } = await import('node:fs/promises');
    await rm(path.join(shares, 'leeg'), { recursive: true });
    const source = await server.json<AdminSource>('GET', '/api/admin/sources/leeg');
    expect(source.body.rootProblem).toMatch(/bestaat niet/);
    const removed = await server.json('DELETE', '/api/admin/sources/leeg?confirm=leeg');
    expect(removed.status).toBe(200);
  });

  it('removes a source and its documents only after confirmation', async () => {
    const before = await server.store.listDocuments('beleid');
    const chunkCount = before.reduce((sum, document) => sum + document.chunkCount, 0);
    expect(before).toHaveLength(2);

    const unconfirmed = await server.json<ErrorBody>('DELETE', '/api/admin/sources/beleid');
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.message).toContain(`2 documenten en ${chunkCount} tekststukken`);
    const wrong = await server.json<ErrorBody>('DELETE', '/api/admin/sources/beleid?confirm=handhaving');
    expect(wrong.status).toBe(409);
    expect(await server.store.listDocuments('beleid')).toHaveLength(2);

    const removed = await server.json('DELETE', '/api/admin/sources/beleid?confirm=beleid');
    expect(removed).toEqual({
      status: 200,
      body: { name: 'beleid', documentsRemoved: 2, chunksRemoved: chunkCount },
    });
    expect(await server.store.listDocuments('beleid')).toEqual([]);
    expect((await server.store.listChunks()).filter((chunk) => chunk.source === 'beleid')).toEqual([]);
    expect(await consistencyProblems(server.store)).toEqual([]);
    const file = JSON.parse(await readFile(server.sourcesFile, 'utf8'));
    expect(file.sources).toEqual([]);
    expect((await server.json('GET', '/api/admin/sources/beleid')).status).toBe(404);
    expect((await server.json('DELETE', '/api/admin/sources/voorbeeld?confirm=voorbeeld')).status).toBe(409);
  });
});
