import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../server/contract/index.ts';
import { parseServerConfig } from '../server/config.ts';
import { createKnowledgeNotes, openNotesDatabase } from '../server/notes/index.ts';
import { folderSource } from './support/ingest-harness.ts';
import { notesClient } from './support/notes-client.ts';
import { makeTempDir } from './support/paths.ts';
import { openTestServer, testUser, type TestServer } from './support/test-app.ts';

const anna = testUser('expert-anna', ['mobiliteit'], ['medewerker', 'expert']);
const bram = testUser('expert-bram', ['mobiliteit'], ['medewerker', 'expert']);
const staff = testUser('medewerker-cor', ['mobiliteit']);

describe('knowledge notes: SQLite is the truth, the knowledge base a projection that is brought back in line', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let api: ReturnType<typeof notesClient>;

  const found = async (word: string) => {
    const search = (await (await server.request(staff, `/api/search?q=${word}`)).json()) as SearchResponse;
    // The note id from the document path, so a passage counts even when it has no citation (any more).
    return search.results
      .filter((result) => result.text.includes(word))
      .map((result) => result.relativePath.replace(/\.md$/, ''));
  };

  beforeAll(async () => {
    work = await makeTempDir('notes-sync');
    const root = path.join(work.dir, 'shares', 'beleid');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.md'), '# Parkeren\n\nParkeren kost geld.\n');
    await writeFile(path.join(root, 'b.md'), '# Fietsen\n\nFietsen is gratis.\n');
    server = await openTestServer(work.dir, [folderSource('beleid', root, ['mobiliteit'])]);
    api = notesClient(server);
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('writes published notes back after their chunks were lost (a model change or a rebuild)', async () => {
    const note = await api.publish(anna, bram, {
      title: 'Sleutelkluis',
      body: 'De sleutelkluiscode staat in het teamkanaal, niet in de mail.',
      topic: 'Algemeen',
      authorName: 'Anna',
    });
    expect(await found('sleutelkluiscode')).toEqual([note.id]);
    expect(await server.notes.syncKnowledgeBase()).toEqual({ written: [], removed: [], failed: [] });

    await server.harness.store.resetChunks(null);
    expect(await found('sleutelkluiscode')).toEqual([]);
    const report = await server.notes.syncKnowledgeBase();
    expect(report.written).toEqual([note.id]);
    expect(await found('sleutelkluiscode')).toEqual([note.id]);
  });

  it('removes a note that is no longer published but still in the knowledge base (a crash in between)', async () => {
    const note = await api.publish(anna, bram, {
      title: 'Tijdelijke afspraak',
      body: 'De tijdelijkeafspraak geldt tot de zomer.',
      topic: 'Algemeen',
      authorName: 'Anna',
    });
    // As if the server stopped after committing the withdrawal in SQLite, before updating the knowledge base.
    const database = new Database(path.join(work.dir, 'notes.sqlite'));
    database
      .prepare("UPDATE notes SET status = 'withdrawn', published_version = NULL WHERE id = ?")
      .run(note.id);
    database.close();
    expect(await found('tijdelijkeafspraak')).toEqual([note.id]);
    expect((await server.notes.syncKnowledgeBase()).removed).toEqual([note.id]);
    expect(await found('tijdelijkeafspraak')).toEqual([]);
  });

  it('keeps notes, revisions and reviews across a restart', async () => {
    const created = await api.create(anna, {
      title: 'Blijft bewaard',
      body: 'Na een herstart is alles er nog.',
      topic: 'Algemeen',
      authorName: 'Anna',
    });
    expect((await api.submit(anna, created.body.id, 1)).status).toBe(200);
    const reopened = createKnowledgeNotes({
      database: openNotesDatabase(path.join(work.dir, 'notes.sqlite')),
      knowledgeBase: { store: server.harness.store, embedder: null, searchText: (fields) => fields.text },
      documents: server.harness.store as never,
      answers: server.answers,
      pseudonymize: (id) => testUser(id, []).pseudonym,
    });
    try {
      const note = await reopened.reads.get(anna, created.body.id, 'current');
      expect(note).toMatchObject({ status: 'in-review', version: 2, title: 'Blijft bewaard' });
      expect(reopened.reads.revisions(anna, created.body.id).map((revision) => revision.action)).toEqual([
        'created',
        'submitted',
      ]);
    } finally {
      reopened.close();
    }
  });

  it('reads the database location from VRAAGBAAK_NOTES_DB, defaulting to the data folder', () => {
    const parsed = parseServerConfig({ VRAAGBAAK_DATA_DIR: 'gegevens' }, '/srv/vraagbaak');
    expect(parsed.ok && parsed.config.notesDatabase).toBe('/srv/vraagbaak/gegevens/notes.sqlite');
    const moved = parseServerConfig({ VRAAGBAAK_NOTES_DB: 'db/notities.sqlite' }, '/srv/vraagbaak');
    expect(moved.ok && moved.config.notesDatabase).toBe('/srv/vraagbaak/db/notities.sqlite');
  });
});
