import { describe, expect, it } from 'vitest';
import type { NoteView, SaveNoteBody } from '../../../server/contract/index.ts';
import { fail, ok } from '../result.ts';
import { createEditorStore } from './note-editor-store.ts';
import { requestFields, valuesFromNote } from './note-values.ts';
import type { NoteConflict } from './notes-client.ts';
import { fakeNotesClient, manualTimers } from './test-support/fake-notes-client.ts';
import { gapId, noteId, noteView } from './test-support/notes-fixtures.ts';

const at = new Date('2026-03-02T13:02:00Z');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function editor(
  options: { note?: NoteView | null; overrides?: Parameters<typeof fakeNotesClient>[0]; gap?: string } = {},
) {
  const fake = fakeNotesClient(options.overrides);
  const clock = manualTimers();
  const store = createEditorStore({
    client: fake.client,
    note: options.note ?? null,
    gapId: options.gap ?? null,
    initial: { accessGroups: ['medewerkers'] },
    editorName: () => 'Anna',
    timers: clock.timers,
    now: () => at,
  });
  return { store, fake, clock };
}

const conflict = (current: NoteView): NoteConflict => ({
  kind: 'conflict',
  message:
    'Deze notitie is intussen gewijzigd door Bram op 2 maart 14:05 (nu versie 4; u werkte op versie 3).',
  current,
  yourRevisionId: 12,
});

describe('note editor store', () => {
  it('creates a new note with its first save, once it has a title, linked to the gap it answers', async () => {
    const { store, fake, clock } = editor({ gap: gapId });
    store.setValue('title', 'On');
    expect(store.getSnapshot().save).toEqual({ kind: 'waiting' });
    expect(clock.pending()).toBe(0);

    store.setValue('title', 'Ontheffing venstertijden');
    store.setValue('body', 'Bel het meldpunt.');
    expect(store.getSnapshot().save).toEqual({ kind: 'pending' });
    // Debounced: one timer for both changes.
    expect(clock.pending()).toBe(1);
    clock.run();
    await flush();

    expect(fake.callsOf('create')).toEqual([
      [
        expect.objectContaining({
          title: 'Ontheffing venstertijden',
          body: 'Bel het meldpunt.',
          accessGroups: ['medewerkers'],
          gapId,
          editorName: 'Anna',
          topic: null,
          reviewDate: null,
        }),
      ],
    ]);
    expect(store.getSnapshot()).toMatchObject({
      noteId,
      version: 1,
      save: { kind: 'saved', at: at.toISOString() },
    });
  });

  it('saves later changes with the version they were based on, and only when something changed', async () => {
    const { store, fake, clock } = editor({ note: noteView({ version: 3 }) });
    store.setValue('body', 'Nieuwe tekst');
    clock.run();
    await flush();
    const [[id, body]] = fake.callsOf('save') as [[string, SaveNoteBody]];
    expect(id).toBe(noteId);
    expect(body).toMatchObject({ body: 'Nieuwe tekst', expectedVersion: 3, editorName: 'Anna' });
    expect(store.getSnapshot().version).toBe(2);

    // Typed back to what is saved: nothing to send.
    store.setValue('body', 'Nieuwe tekst');
    expect(clock.pending()).toBe(0);
    expect(await store.saveNow()).toBe(true);
    expect(fake.callsOf('save')).toHaveLength(1);
  });

  it('keeps what is typed while a save is on its way, and saves it next', async () => {
    let release: () => void = () => {};
    const { store, fake, clock } = editor({
      note: noteView(),
      overrides: {
        save: (id, body) =>
          new Promise((resolve) => {
            release = () => resolve(ok(noteView({ id, version: body.expectedVersion + 1, body: body.body })));
          }),
      },
    });
    store.setValue('body', 'Eerste');
    clock.run();
    await flush();
    expect(store.getSnapshot().save.kind).toBe('saving');
    store.setValue('body', 'Eerste en tweede');
    release();
    await flush();
    await flush();
    // The save came back for "Eerste"; the newer text waits for its own turn.
    expect(store.getSnapshot().values.body).toBe('Eerste en tweede');
    expect(clock.pending()).toBe(1);
    clock.run();
    await flush();
    release();
    await flush();
    const bodies = fake.callsOf('save').map(([, body]) => body as SaveNoteBody);
    expect(bodies.map((body) => [body.body, body.expectedVersion])).toEqual([
      ['Eerste', 1],
      ['Eerste en tweede', 2],
    ]);
  });

  it('on a conflict stops saving, keeps the text, and can save it over the newer version', async () => {
    const theirs = noteView({ version: 4, body: 'Tekst van Bram', updatedByName: 'Bram' });
    let first = true;
    const { store, fake, clock } = editor({
      note: noteView({ version: 3 }),
      overrides: {
        save: async (id, body) => {
          if (first) {
            first = false;
            return fail(conflict(theirs));
          }
          return ok(noteView({ id, version: body.expectedVersion + 1, body: body.body }));
        },
      },
    });
    store.setValue('body', 'Mijn tekst');
    clock.run();
    await flush();
    expect(store.getSnapshot()).toMatchObject({
      save: { kind: 'conflict' },
      values: { body: 'Mijn tekst' },
      conflict: { yourRevisionId: 12, current: { body: 'Tekst van Bram' } },
    });
    // No more autosaves while the conflict is open.
    store.setValue('body', 'Mijn tekst, aangevuld');
    expect(clock.pending()).toBe(0);

    expect(await store.keepMine()).toBe(true);
    const last = fake.callsOf('save').at(-1)?.[1] as SaveNoteBody;
    expect(last).toMatchObject({ body: 'Mijn tekst, aangevuld', expectedVersion: 4 });
    expect(store.getSnapshot()).toMatchObject({ conflict: null, version: 5, save: { kind: 'saved' } });
  });

  it('on a conflict can load the other version instead', async () => {
    const theirs = noteView({ version: 4, title: 'Titel van Bram', body: 'Tekst van Bram' });
    const { store, clock, fake } = editor({
      note: noteView({ version: 3 }),
      overrides: { save: async () => fail(conflict(theirs)) },
    });
    store.setValue('body', 'Mijn tekst');
    clock.run();
    await flush();
    store.useTheirs();
    expect(store.getSnapshot()).toMatchObject({
      conflict: null,
      version: 4,
      values: { title: 'Titel van Bram', body: 'Tekst van Bram' },
    });
    expect(await store.saveNow()).toBe(true);
    expect(fake.callsOf('save')).toHaveLength(1);
  });

  it("puts the server's problems at their fields, and checks the size itself before sending", async () => {
    const { store, clock, fake } = editor({
      note: noteView(),
      overrides: {
        save: async () =>
          fail({
            kind: 'http',
            status: 400,
            code: 'bad_request',
            message:
              'Ongeldige invoer: De titel mag geen HTML bevatten; gebruik gewone tekst; De tekst bevat HTML die in een browser zou worden uitgevoerd (<script>); schrijf gewone Markdown',
          }),
      },
    });
    store.setValue('title', '<b>Titel</b>');
    clock.run();
    await flush();
    const { errors, save } = store.getSnapshot();
    expect(save).toEqual({ kind: 'invalid' });
    expect(errors.title).toEqual(['De titel mag geen HTML bevatten; gebruik gewone tekst']);
    expect(errors.body?.[0]).toMatch(/^De tekst bevat HTML/);

    // Fixing a field clears its problem at once.
    store.setValue('title', 'Titel');
    expect(store.getSnapshot().errors.title).toBeUndefined();

    store.setValue('body', 'x'.repeat(100_001));
    clock.run();
    await flush();
    expect(store.getSnapshot().errors.body).toEqual(['too-large']);
    expect(fake.callsOf('save')).toHaveLength(1);
  });

  it('submits after saving what is typed, and lists what is missing when the server refuses', async () => {
    const { store, fake } = editor({
      note: noteView({ version: 2 }),
      overrides: {
        submit: async () =>
          fail({
            kind: 'http',
            status: 400,
            code: 'bad_request',
            message:
              'Nog niet compleet: Kies een onderwerp; Vul de auteursnaam in (zo wordt de notitie geciteerd)',
          }),
      },
    });
    store.setValue('body', 'Langere tekst die nog niet was opgeslagen.');
    expect(await store.submit()).toEqual({ ok: false, reason: 'invalid' });
    expect(fake.calls.map((call) => call.method)).toEqual(['save', 'submit']);
    expect(fake.callsOf('submit')[0]).toEqual([noteId, { expectedVersion: 2, editorName: 'Anna' }]);
    expect(store.getSnapshot()).toMatchObject({
      attempt: 1,
      submitting: false,
      errors: {
        topic: ['Kies een onderwerp'],
        authorName: ['Vul de auteursnaam in (zo wordt de notitie geciteerd)'],
      },
    });
  });

  it('turns a note into form values and back into the fields the API takes', () => {
    const values = valuesFromNote(
      noteView({
        reviewDate: null,
        relatedDocuments: [{ id: 'a'.repeat(24), title: 'Beleid', available: true }],
      }),
    );
    expect(values).toMatchObject({ reviewDate: '', topic: 'Verhuizingen' });
    expect(requestFields({ ...values, topic: '  ' })).toMatchObject({
      topic: null,
      reviewDate: null,
      relatedDocumentIds: ['a'.repeat(24)],
    });
  });
});
