// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveNoteBody } from '../../../server/contract/index.ts';
import { fail, ok } from '../result.ts';
import { createDisplayName } from './display-name.ts';
import { NoteEditorPage } from './note-editor-page.tsx';
import { gapId, gapView, noteId, noteView } from './test-support/notes-fixtures.ts';
import { renderNotes } from './test-support/render-notes.tsx';

/** The ids in a field's aria-describedby, as text. */
function description(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => values.set(key, value),
  };
};

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  history.replaceState(null, '', '/kennisnotities/nieuw');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const typing = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
/** Lets the autosave pause pass and its request come back. */
const pause = () => act(() => vi.advanceTimersByTimeAsync(2_000));

describe('NoteEditorPage', () => {
  it('saves a new note as the expert types, says so politely, and gives it its own address', async () => {
    const user = typing();
    const { fake } = renderNotes(
      <NoteEditorPage noteId={null} gapId={gapId} displayName={createDisplayName(memory())} />,
    );
    expect(
      await screen.findByText(gapView().question, { selector: '.vraagbaak-notes-question' }),
    ).toBeDefined();
    const title = screen.getByRole('textbox', { name: 'Titel (verplicht)' }) as HTMLInputElement;
    // The gap's question is where the title starts; nothing is saved until the expert writes.
    expect(title.value).toBe(gapView().question);
    expect(fake.callsOf('create')).toEqual([]);
    await user.clear(title);
    await user.type(title, 'Standplaatsvergunning oliebollenkraam');
    await user.type(screen.getByRole('textbox', { name: 'Tekst (verplicht)' }), 'Bij het team Markten.');
    await user.type(screen.getByRole('textbox', { name: 'Auteur' }), 'Anna de Vries');
    await pause();

    expect(fake.callsOf('create')).toEqual([
      [
        expect.objectContaining({
          title: 'Standplaatsvergunning oliebollenkraam',
          body: 'Bij het team Markten.',
          authorName: 'Anna de Vries',
          accessGroups: ['medewerkers', 'handhaving'],
          gapId,
          editorName: 'Anna de Vries',
        }),
      ],
    ]);
    const live = document.querySelector('[role="status"][aria-live="polite"]');
    expect(live?.textContent).toMatch(/^Concept opgeslagen om \d{2}:\d{2}$/);
    expect(location.pathname).toBe(`/kennisnotities/${noteId}/bewerken`);
  });

  it('on a conflict says who saved in between, keeps the text, and saves it over theirs when asked', async () => {
    const user = typing();
    const theirs = noteView({ version: 5, body: 'Tekst van Bram', updatedByName: 'Bram' });
    let conflicted = false;
    const { fake } = renderNotes(
      <NoteEditorPage noteId={noteId} gapId={null} displayName={createDisplayName(memory())} />,
      {
        notes: {
          get: async () => ok(noteView({ version: 4 })),
          save: async (id, body) => {
            if (!conflicted) {
              conflicted = true;
              return fail({
                kind: 'conflict',
                message:
                  'Deze notitie is intussen gewijzigd door Bram op 2 maart om 14:05 (nu versie 5; u werkte op versie 4). Uw wijzigingen zijn bewaard als revisie 9.',
                current: theirs,
                yourRevisionId: 9,
              });
            }
            return ok(noteView({ id, version: body.expectedVersion + 1, body: body.body }));
          },
        },
      },
    );
    const body = (await screen.findByRole('textbox', { name: 'Tekst (verplicht)' })) as HTMLTextAreaElement;
    // Pasted: with fake timers, typing into a controlled textarea that already holds text drops keys in jsdom.
    await user.click(body);
    await user.paste(' Aangevuld.');
    await pause();

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/gewijzigd door Bram op 2 maart om 14:05/)).toBeDefined();
    expect(document.activeElement).toBe(alert);
    expect(body.value).toContain('Aangevuld.');
    await user.click(within(alert).getByText('Bekijk de versie die nu is opgeslagen'));
    expect(within(alert).getByText('Tekst van Bram')).toBeDefined();

    await user.click(within(alert).getByRole('button', { name: 'Mijn versie opslaan' }));
    const last = fake.callsOf('save').at(-1)?.[1] as SaveNoteBody;
    expect(last).toMatchObject({ expectedVersion: 5, body: expect.stringContaining('Aangevuld.') });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists what a submit still misses, linked to the fields, and moves focus to the list', async () => {
    const user = typing();
    const { visited } = renderNotes(
      <NoteEditorPage noteId={noteId} gapId={null} displayName={createDisplayName(memory())} />,
      {
        notes: {
          submit: async () =>
            fail({
              kind: 'http',
              status: 400,
              code: 'bad_request',
              message: 'Nog niet compleet: Kies een onderwerp; De herzieningsdatum ligt in het verleden',
            }),
        },
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Aanbieden ter beoordeling' }));
    const summary = await screen.findByRole('heading', { name: 'Controleer de notitie' });
    const box = summary.closest('.vraagbaak-error-summary') as HTMLElement;
    expect(document.activeElement).toBe(box);
    expect(
      within(box).getByRole('link', { name: 'Onderwerp: Kies een onderwerp' }).getAttribute('href'),
    ).toBe('#notitie-onderwerp');
    const reviewDate = screen.getByLabelText('Herzien op');
    expect(reviewDate.getAttribute('aria-invalid')).toBe('true');
    expect(description(reviewDate)).toContain('De herzieningsdatum ligt in het verleden');
    expect(visited).toEqual([]);
  });

  it('links a document from the index, and goes to the note once it is submitted', async () => {
    const user = typing();
    const { fake, visited } = renderNotes(
      <NoteEditorPage noteId={noteId} gapId={null} displayName={createDisplayName(memory())} />,
    );
    await user.type(
      await screen.findByRole('searchbox', { name: 'Zoek een document om te koppelen' }),
      'parkeer',
    );
    await pause();
    await user.click(
      await screen.findByRole('button', { name: 'Koppel Beleidsregels parkeervergunningen Groningen 2025' }),
    );
    expect(
      screen.getByRole('button', { name: 'Ontkoppel Beleidsregels parkeervergunningen Groningen 2025' }),
    ).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await user.click(screen.getByRole('button', { name: 'Aanbieden ter beoordeling' }));
    expect(fake.callsOf('save')[0]?.[1]).toMatchObject({ relatedDocumentIds: ['aaaaaaaaaaaaaaaaaaaaaaaa'] });
    expect(fake.callsOf('documentOptions').at(-1)).toEqual(['parkeer']);
    expect(visited).toEqual([`/kennisnotities/${noteId}`]);
  });

  it('says when a note is too large, without sending it', async () => {
    const user = typing();
    const { fake } = renderNotes(
      <NoteEditorPage noteId={noteId} gapId={null} displayName={createDisplayName(memory())} />,
    );
    const body = await screen.findByRole('textbox', { name: 'Tekst (verplicht)' });
    await user.click(body);
    await user.paste('x'.repeat(100_500));
    await pause();
    expect(description(body)).toContain('De tekst is te groot');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsOf('save')).toEqual([]);
  });
});
