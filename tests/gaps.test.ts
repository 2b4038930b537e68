import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapListResponse, GapView } from '../server/contract/notes-index.ts';
import { folderSource } from './support/ingest-harness.ts';
import { jsonBody, notesClient } from './support/notes-client.ts';
import { makeTempDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const expert = (id: string, groups: string[]) => testUser(id, groups, ['medewerker', 'expert']);
const mia = testUser('medewerker-mia', ['mobiliteit']);
const noor = testUser('medewerker-noor', ['mobiliteit']);
const henk = testUser('medewerker-henk', ['handhaving']);
const expertM = expert('expert-mobiliteit', ['mobiliteit']);
const reviewerM = expert('expert-mobiliteit-2', ['mobiliteit']);
const expertH = expert('expert-handhaving', ['handhaving']);

describe('knowledge gaps: unanswered and disliked questions, grouped, answered by notes', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let api: ReturnType<typeof notesClient>;

  const ask = async (user: typeof mia, question: string) => {
    const events = await readSse(await server.request(user, '/api/chat', chatRequest({ question })));
    return events.at(-1)?.data as { answerId: string; status: string; text: string };
  };
  const gaps = async (user: typeof mia, query = '') => api.call<GapListResponse>(user, `/api/gaps${query}`);
  const kamelen = (list: GapView[]) => list.find((gap) => gap.question.includes('kamelen'));

  beforeAll(async () => {
    work = await makeTempDir('gaps');
    const root = path.join(work.dir, 'shares', 'beleid');
    await mkdir(root, { recursive: true });
    await writeFile(
      path.join(root, 'fietsstraten.md'),
      '# Fietsstraten\n\nEen fietsstraat is een straat waar de auto te gast is. Fietsstraten zijn rood.\n',
    );
    server = await openTestServer(work.dir, [folderSource('beleid', root, ['mobiliteit', 'handhaving'])]);
    api = notesClient(server);

    for (const [user, question] of [
      [mia, 'Hoeveel kamelen leven er op Mars?'],
      [mia, 'Hoeveel kamelen leven op Mars'],
      [noor, 'Kamelen op Mars: hoeveel leven er?'],
      [henk, 'Waar staat de flitspaal van de ringweg?'],
    ] as const) {
      expect((await ask(user, question)).status).toBe('dont-know');
    }
    const answered = await ask(noor, 'Wat is een fietsstraat?');
    expect(answered.status).toBe('extractive');
    const feedback = await server.request(
      noor,
      `/api/answers/${answered.answerId}/feedback`,
      jsonBody('POST', { helpful: false, reason: 'Te vaag' }),
    );
    expect(feedback.status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('groups near-duplicate questions with how often and how recently they were asked', async () => {
    const list = await gaps(expertM);
    expect(list.status).toBe(200);
    const camels = kamelen(list.body.gaps);
    expect(camels).toMatchObject({
      question: 'Hoeveel kamelen leven er op Mars?',
      status: 'open',
      count: 3,
      askers: 2,
      dontKnowCount: 3,
      negativeFeedbackCount: 0,
      note: null,
    });
    expect(camels?.examples.map((example) => example.question)).toContain(
      'Kamelen op Mars: hoeveel leven er?',
    );
    expect(Date.parse(camels!.lastAskedAt)).toBeGreaterThanOrEqual(Date.parse(camels!.firstAskedAt));
    const bike = list.body.gaps.find((gap) => gap.question === 'Wat is een fietsstraat?');
    expect(bike).toMatchObject({ count: 1, negativeFeedbackCount: 1, dontKnowCount: 0 });
    expect(bike?.examples[0]).toMatchObject({ negativeFeedback: true, feedbackReason: 'Te vaag' });
    // Busiest first; nobody's identity, and nothing from a group the expert is not in.
    expect(list.body.gaps[0]?.id).toBe(camels?.id);
    const json = JSON.stringify(list.body);
    for (const user of [mia, noor, henk]) {
      expect(json).not.toContain(user.id);
      expect(json).not.toContain(user.pseudonym);
    }
    expect(json).not.toContain('flitspaal');
    // Pulling again adds nothing twice.
    expect(kamelen((await gaps(expertM)).body.gaps)?.count).toBe(3);
  });

  it('shows gaps to experts only, each within the groups of the people who asked', async () => {
    expect((await gaps(mia)).status).toBe(403);
    const handhaving = await gaps(expertH);
    expect(handhaving.body.gaps.map((gap) => gap.question)).toEqual([
      'Waar staat de flitspaal van de ringweg?',
    ]);
    const camels = kamelen((await gaps(expertM)).body.gaps);
    expect((await api.call(expertH, `/api/gaps/${camels?.id}`)).status).toBe(404);
    const dismissed = await api.call<GapView>(
      expertH,
      `/api/gaps/${handhaving.body.gaps[0]?.id}/dismiss`,
      jsonBody('POST', { reason: 'Geen vraag voor de kennisbank' }),
    );
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      dismissedReason: 'Geen vraag voor de kennisbank',
    });
    expect((await gaps(expertH)).body.gaps).toEqual([]);
  });

  it('closes a gap once a note that answers it is published, and the question is then answered', async () => {
    const camels = kamelen((await gaps(expertM)).body.gaps)!;
    const created = await api.create(expertM, {
      title: 'Kamelen op Mars',
      body: 'Op Mars leven geen kamelen: er is geen lucht en geen water. Deze vraag komt vaak van schoolklassen.',
      topic: 'Algemeen',
      authorName: 'Expert Mobiliteit',
      gapId: camels.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ origin: 'gap', gapIds: [camels.id] });
    expect((await api.call<GapView>(expertM, `/api/gaps/${camels.id}`)).body).toMatchObject({
      status: 'in-progress',
      note: { id: created.body.id, published: false },
    });

    const submitted = await api.submit(expertM, created.body.id, created.body.version);
    await api.review(reviewerM, created.body.id, {
      decision: 'approved',
      expectedVersion: submitted.body.version,
    });
    expect(kamelen((await gaps(expertM)).body.gaps)).toBeUndefined();
    const answered = await gaps(expertM, '?status=answered');
    expect(kamelen(answered.body.gaps)).toMatchObject({ status: 'answered', note: { published: true } });

    const again = await ask(mia, 'Hoeveel kamelen leven er op Mars?');
    expect(again.status).toBe('extractive');
    expect(again.text).toContain('Ervaringskennis — Expert Mobiliteit');
  });

  it('links an existing note to a gap', async () => {
    const bike = (await gaps(expertM)).body.gaps.find((gap) => gap.question === 'Wat is een fietsstraat?')!;
    const note = await api.create(expertM, { title: 'Fietsstraten in de praktijk' });
    const linked = await api.call<GapView>(
      expertM,
      `/api/gaps/${bike.id}/answer`,
      jsonBody('POST', { noteId: note.body.id }),
    );
    expect(linked.body).toMatchObject({
      status: 'in-progress',
      note: { id: note.body.id, title: 'Fietsstraten in de praktijk' },
    });
    const unknown = await api.call(
      expertM,
      `/api/gaps/${bike.id}/answer`,
      jsonBody('POST', { noteId: crypto.randomUUID() }),
    );
    expect(unknown.status).toBe(404);
  });
});
