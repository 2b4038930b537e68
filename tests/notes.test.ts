import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '../ingest/records.ts';
import type { SearchResponse } from '../server/contract/index.ts';
import type { NoteListResponse, RevisionListResponse, RevisionView } from '../server/contract/notes-index.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { folderSource } from './support/ingest-harness.ts';
import { notesClient } from './support/notes-client.ts';
import { makeTempDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const expert = (id: string, groups: string[]) => testUser(id, groups, ['medewerker', 'expert']);
const anna = expert('expert-anna', ['handhaving']);
const bram = expert('expert-bram', ['handhaving']);
const cor = testUser('medewerker-cor', ['handhaving']);
const dirk = testUser('medewerker-dirk', ['mobiliteit']);
const eva = expert('expert-eva', ['mobiliteit']);
const beheerder = testUser('beheerder-fenna', ['medewerkers'], ['medewerker', 'beheerder']);

// A word found nowhere else, so a hit is this note and nothing else.
const canary = 'slagboomsleutelkastje';

describe('knowledge notes: life cycle, access, expiry and conflicts over a real knowledge base', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let api: ReturnType<typeof notesClient>;
  let clock = new Date('2026-03-02T10:00:00Z');
  const policyId = documentId('beleid', 'handhaving-parkeren.md');

  const search = async (user: typeof cor, query: string) =>
    (await (
      await server.request(user, `/api/search?q=${encodeURIComponent(query)}`)
    ).json()) as SearchResponse;
  /** The passages found (not the echoed query), as one string to look for words in. */
  const foundText = async (user: typeof cor, query: string) =>
    JSON.stringify((await search(user, query)).results);
  const chat = async (user: typeof cor, question: string) =>
    readSse(await server.request(user, '/api/chat', chatRequest({ question })));

  beforeAll(async () => {
    work = await makeTempDir('notes');
    const root = path.join(work.dir, 'shares', 'beleid');
    await mkdir(root, { recursive: true });
    await writeFile(
      path.join(root, 'handhaving-parkeren.md'),
      '# Handhaving parkeren\n\nHandhavers controleren parkeervergunningen in de binnenstad. Een naheffingsaanslag kost € 75,90.\n',
    );
    await writeFile(
      path.join(root, 'fietsstraten.md'),
      '# Fietsstraten\n\nIn een fietsstraat is de auto te gast. Fietsstraten zijn rood in Groningen.\n',
    );
    server = await openTestServer(work.dir, [folderSource('beleid', root, ['handhaving', 'mobiliteit'])], {
      embedder: createDeterministicEmbedder({ dimensions: 32 }),
      now: () => clock,
    });
    api = notesClient(server);
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('lets only experts write notes', async () => {
    const refused = await api.create(cor, { title: 'Een notitie van een medewerker' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { code: 'forbidden', message: expect.stringMatching(/experts/) } });
  });

  it('runs draft → review → changes requested → resubmit → approval by a second expert → published → withdrawn', async () => {
    const created = await api.create(anna, {
      title: 'Wie bel je bij een kapotte slagboom?',
      body: `Bij een kapotte slagboom bel je de storingsdienst. Het ${canary} hangt in de bode-ruimte.`,
      topic: 'Handhaving',
      authorName: 'Anna de Vries',
      reviewDate: '2026-12-31',
      accessGroups: ['handhaving'],
      relatedDocumentIds: [policyId],
      editorName: 'Anna',
    });
    expect(created.status).toBe(201);
    const note = created.body;
    expect(note).toMatchObject({ status: 'draft', version: 1, view: 'working', published: null, mine: true });
    expect(note.relatedDocuments).toEqual([{ id: policyId, title: 'Handhaving parkeren', available: true }]);
    expect(note.topic?.id).toBe('handhaving');
    expect(await foundText(cor, canary)).not.toContain(canary);

    // Autosave, then submit.
    const saved = await api.save(anna, note.id, {
      body: `Bij een kapotte slagboom bel je de storingsdienst (tel. 1234). Het ${canary} hangt in de bode-ruimte.`,
      expectedVersion: 1,
    });
    expect(saved.body).toMatchObject({ status: 'draft', version: 2 });
    const submitted = await api.submit(anna, note.id, 2);
    expect(submitted.body).toMatchObject({ status: 'in-review', version: 3 });

    // The reviewer comments (no new version), the author may not approve her own note.
    const comment = await api.review(bram, note.id, { decision: 'comment', comment: 'Welk nummer precies?' });
    expect(comment.status).toBe(201);
    expect(comment.body.version).toBe(3);
    const own = await api.review(anna, note.id, { decision: 'approved', expectedVersion: 3 });
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({
      error: { code: 'forbidden', message: expect.stringMatching(/tweede expert/) },
    });
    const asAnna = await api.get(anna, note.id);
    expect(asAnna.body.permissions).toMatchObject({
      approve: false,
      approveRefusal: expect.stringMatching(/geschreven/),
    });

    const changes = await api.review(bram, note.id, {
      decision: 'changes-requested',
      comment: 'Zet het nummer van de storingsdienst erbij.',
      expectedVersion: 3,
      reviewerName: 'Bram',
    });
    expect(changes.body).toMatchObject({ status: 'changes-requested', version: 4 });
    const edited = await api.save(anna, note.id, {
      body: `Bij een kapotte slagboom bel je de storingsdienst: 050 367 0000. Het ${canary} hangt in de bode-ruimte.`,
      expectedVersion: 4,
    });
    expect(edited.body.version).toBe(5);
    expect((await api.submit(anna, note.id, 5)).body).toMatchObject({ status: 'in-review', version: 6 });

    const approved = await api.review(bram, note.id, {
      decision: 'approved',
      expectedVersion: 6,
      reviewerName: 'Bram',
    });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({
      status: 'published',
      version: 7,
      knowledgeBase: { indexed: true, error: null },
      published: {
        version: 7,
        label: 'Ervaringskennis — Anna de Vries, 2 maart 2026',
        approvedByName: 'Bram',
      },
    });
    expect(approved.body.reviews.map((review) => review.decision)).toEqual([
      'comment',
      'changes-requested',
      'approved',
    ]);

    // Found at once, cited distinctly from documents.
    const found = await search(cor, canary);
    expect(found.results[0]).toMatchObject({
      source: 'ervaringskennis',
      title: 'Wie bel je bij een kapotte slagboom?',
      note: { noteId: note.id, label: 'Ervaringskennis — Anna de Vries, 2 maart 2026', needsReview: false },
    });
    expect(found.results[0]?.text).toContain('050 367 0000');
    const events = await chat(cor, `Waar hangt het ${canary}?`);
    const sources = events.find((event) => event.event === 'sources')?.data as SearchResponse & {
      passages: SearchResponse['results'];
    };
    const notePassage = sources.passages.find((passage) => passage.note?.noteId === note.id);
    expect(notePassage).toBeDefined();
    const end = events.at(-1)?.data as { text: string; citations: { number: number }[] };
    expect(end.text).toContain('(Ervaringskennis — Anna de Vries, 2 maart 2026)');
    expect(end.citations.map((citation) => citation.number)).toContain(notePassage?.number);

    // A reader sees the published version only; the history is for experts.
    const asReader = await api.get(cor, note.id);
    expect(asReader.body).toMatchObject({ view: 'published', status: 'published', reviews: [] });
    expect(asReader.body.permissions).toMatchObject({ edit: false, approve: false, withdraw: false });
    expect((await api.call(cor, `/api/notes/${note.id}/revisions`)).status).toBe(403);
    const history = await api.call<RevisionListResponse>(anna, `/api/notes/${note.id}/revisions`);
    expect(history.body.revisions.map((revision) => [revision.version, revision.action])).toEqual([
      [1, 'created'],
      [2, 'saved'],
      [3, 'submitted'],
      [4, 'changes-requested'],
      [5, 'saved'],
      [6, 'submitted'],
      [7, 'approved'],
    ]);
    expect(history.body.revisions[1]).toMatchObject({
      changedFields: ['body'],
      savedBy: anna.pseudonym,
      byYou: true,
    });
    expect(JSON.stringify(history.body)).not.toContain(anna.id);

    // Withdrawn: gone from search, chat and the reader's view at once.
    const withdrawn = await api.withdraw(bram, note.id, {
      expectedVersion: 7,
      reason: 'Storingsdienst is verhuisd',
    });
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      published: null,
      withdrawn: { reason: 'Storingsdienst is verhuisd' },
    });
    expect(await foundText(cor, canary)).not.toContain(canary);
    expect(JSON.stringify(await chat(cor, `Waar hangt het ${canary}?`))).not.toContain(canary);
    expect((await api.get(cor, note.id)).status).toBe(404);
  });

  it('keeps a note inside its access groups: search, chat, list and detail', async () => {
    const secret = 'handhavingsgeheimwoord';
    const note = await api.publish(anna, bram, {
      title: 'Sleutels van de handhavingsbus',
      body: `De sleutels van de bus liggen in kluis drie. Code: ${secret}.`,
      topic: 'Handhaving',
      authorName: 'Anna de Vries',
      accessGroups: ['handhaving'],
    });
    expect(note.status).toBe('published');
    for (const outsider of [dirk, eva]) {
      expect(await foundText(outsider, secret)).not.toContain(secret);
      expect(JSON.stringify(await chat(outsider, `Wat is de code ${secret}?`))).not.toContain(secret);
      const list = await api.call<NoteListResponse>(outsider, '/api/notes');
      expect(list.body.notes.map((summary) => summary.id)).not.toContain(note.id);
      const detail = await api.get(outsider, note.id);
      expect(detail.status).toBe(404);
      expect(detail.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
      expect((await server.request(outsider, `/api/documents/${note.published?.documentId}`)).status).toBe(
        404,
      );
    }
    expect(await foundText(cor, secret)).toContain(secret);
    const list = await api.call<NoteListResponse>(cor, '/api/notes?published=true');
    expect(list.body.notes.map((summary) => summary.id)).toContain(note.id);
    // An author cannot hand a note to groups outside her own.
    const wider = await api.create(anna, { title: 'Voor de directie', accessGroups: ['directie'] });
    expect(wider.status).toBe(400);
    expect(wider.body).toMatchObject({ error: { message: expect.stringMatching(/directie/) } });
  });

  it('flags a note whose review date has passed, in the list and in answers, but keeps it findable', async () => {
    const word = 'verlopenvoorbeeldregel';
    const note = await api.publish(anna, bram, {
      title: 'Oude afspraak over ontheffingen',
      body: `Ontheffingen voor de ${word} gaan via het loket, niet per mail.`,
      topic: 'Handhaving',
      authorName: 'Anna de Vries',
      reviewDate: '2026-04-01',
    });
    expect(note.needsReview).toBe(false);
    clock = new Date('2026-04-02T09:00:00Z');
    try {
      const list = await api.call<NoteListResponse>(anna, '/api/notes?needsReview=true');
      expect(list.body.notes.map((summary) => summary.id)).toEqual([note.id]);
      const found = await search(cor, word);
      expect(found.results[0]?.note).toMatchObject({
        noteId: note.id,
        needsReview: true,
        reviewDate: '2026-04-01',
      });
      const end = (await chat(cor, `Hoe gaan ontheffingen voor de ${word}?`)).at(-1)?.data as {
        text: string;
      };
      expect(end.text).toContain('Ervaringskennis — Anna de Vries, 2 maart 2026; herziening nodig');
      expect((await api.get(cor, note.id)).body.needsReview).toBe(true);
    } finally {
      clock = new Date('2026-03-02T10:00:00Z');
    }
  });

  it('answers two saves of the same version with a 409 for the second, keeping both', async () => {
    const created = await api.create(anna, {
      title: 'Twee schrijvers',
      body: 'Eerste versie.',
      editorName: 'Anna',
    });
    const id = created.body.id;
    const first = await api.save(anna, id, {
      body: 'Versie van Anna.',
      expectedVersion: 1,
      editorName: 'Anna',
    });
    expect(first.status).toBe(200);
    const second = await api.save(bram, id, {
      body: 'Versie van Bram.',
      expectedVersion: 1,
      editorName: 'Bram',
    });
    expect(second.status).toBe(409);
    const conflict = second.body as unknown as {
      error: { code: string; message: string };
      current: { version: number; body: string };
      yourRevisionId: number;
    };
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.error.message).toMatch(/gewijzigd door Anna op 2 maart.*versie 2.*revisie \d+/);
    expect(conflict.current).toMatchObject({ version: 2, body: 'Versie van Anna.' });
    const kept = await api.call<RevisionView>(bram, `/api/notes/${id}/revisions/${conflict.yourRevisionId}`);
    expect(kept.body).toMatchObject({
      version: null,
      basedOnVersion: 1,
      action: 'conflict',
      body: 'Versie van Bram.',
      byYou: true,
    });
    // Sending what is already there is no conflict: two tabs autosaving the same text.
    expect((await api.save(bram, id, { body: 'Versie van Anna.', expectedVersion: 1 })).status).toBe(200);
    // Merged and saved on the current version: accepted.
    const merged = await api.save(bram, id, { body: 'Versie van Anna en Bram.', expectedVersion: 2 });
    expect(merged.body).toMatchObject({ version: 3, body: 'Versie van Anna en Bram.' });
  });

  it('replaces a published note by a reviewed revision; the old text stays live until then', async () => {
    const note = await api.publish(anna, bram, {
      title: 'Meldingen over fietswrakken',
      body: 'Fietswrakken meld je bij de fietsdepotcoördinator via het zaaksysteem.',
      topic: 'Fiets',
      authorName: 'Anna de Vries',
    });
    const revised = await api.save(anna, note.id, {
      body: 'Fietswrakken meld je sinds april in de Buitenbeter-app.',
      expectedVersion: note.version,
    });
    expect(revised.body).toMatchObject({ status: 'draft', published: { hasUnpublishedChanges: true } });
    expect(await foundText(cor, 'fietswrakken')).toContain('zaaksysteem');
    expect(await foundText(cor, 'Buitenbeter')).not.toContain('Buitenbeter');
    const submitted = await api.submit(anna, note.id, revised.body.version);
    await api.review(bram, note.id, { decision: 'approved', expectedVersion: submitted.body.version });
    const after = await foundText(cor, 'fietswrakken Buitenbeter');
    expect(after).toContain('Buitenbeter');
    expect(after).not.toContain('zaaksysteem');
  });

  it('lets the topic owner approve, also when not an expert', async () => {
    const owner = testUser('teamleider-gea', ['handhaving']);
    const set = await api.call(beheerder, '/api/notes/topics/handhaving', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ownerUserId: owner.id, ownerName: 'Gea' }),
    });
    expect(set.body).toMatchObject({ id: 'handhaving', ownerName: 'Gea', isOwner: false });
    const topics = await api.call<{ topics: { id: string; isOwner: boolean }[] }>(owner, '/api/notes/topics');
    expect(topics.body.topics.find((topic) => topic.id === 'handhaving')?.isOwner).toBe(true);
    const note = await api.publish(anna, owner, {
      title: 'Goedgekeurd door de eigenaar',
      body: 'Een notitie die de eigenaar van het onderwerp heeft goedgekeurd.',
      topic: 'Handhaving',
      authorName: 'Anna de Vries',
    });
    expect(note.status).toBe('published');
    const refused = await api.call(cor, '/api/notes/topics/handhaving', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ownerUserId: cor.id }),
    });
    expect(refused.status).toBe(403);
  });
});
