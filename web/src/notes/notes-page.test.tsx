// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../app/app.tsx';
import { ok } from '../result.ts';
import { NotesPage } from './notes-page.tsx';
import { RevisionsPage } from './revisions-page.tsx';
import { noteId, noteView } from './test-support/notes-fixtures.ts';
import { renderNotes, staffMe } from './test-support/render-notes.tsx';

afterEach(cleanup);

describe('NotesPage', () => {
  it('is in the main menu, and gives experts their own menu with the current page marked', async () => {
    renderNotes(<App route={{ name: 'notes', notes: { page: 'gaps', answered: false } }} />);
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Kennisnotities' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const notesMenu = await screen.findByRole('navigation', { name: 'Kennisnotities' });
    expect(within(notesMenu).getByRole('link', { name: 'Kennislacunes' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kennislacunes' })).toBeDefined();
    expect(document.title).toBe('Kennislacunes – Kennisnotities – Vraagbaak');
  });

  it('shows staff that writing is for experts, and no experts’ menu', async () => {
    const { fake } = renderNotes(<NotesPage route={{ page: 'new', gapId: null }} />, { me: staffMe });
    expect(
      await screen.findByRole('heading', { name: 'Alleen experts kunnen notities schrijven en beoordelen.' }),
    ).toBeDefined();
    expect(screen.queryByRole('navigation', { name: 'Kennisnotities' })).toBeNull();
    expect(fake.calls).toEqual([]);
  });
});

describe('RevisionsPage', () => {
  it('lists every version with who and what, newest first, and opens one in full', async () => {
    const user = userEvent.setup();
    const revision = (
      id: number,
      action: 'created' | 'saved' | 'conflict',
      version: number | null,
      byYou: boolean,
    ) => ({
      id,
      version,
      basedOnVersion: Math.max(0, id - 1),
      action,
      status: 'draft' as const,
      changedFields: action === 'created' ? (['title', 'body', 'topicId'] as const) : (['body'] as const),
      savedByName: byYou ? 'Anna' : null,
      savedBy: 'ps-3f9a2c1d',
      byYou,
      savedAt: '2026-03-02T13:00:00.000Z',
      comment: null,
    });
    const { fake } = renderNotes(<RevisionsPage noteId={noteId} />, {
      notes: {
        get: async () => ok(noteView()),
        revisions: async () =>
          ok({
            revisions: [
              revision(1, 'created', 1, true),
              revision(2, 'saved', 2, false),
              revision(3, 'conflict', null, true),
            ].map((entry) => ({ ...entry, changedFields: [...entry.changedFields] })),
          }),
        revision: async (_id, revisionId) =>
          ok({
            ...revision(revisionId, 'conflict', null, true),
            changedFields: ['body'],
            title: 'Oude titel',
            body: 'Tekst die een conflict verloor',
            topicId: null,
            authorName: 'Anna',
            reviewDate: null,
            accessGroups: ['medewerkers'],
            relatedDocuments: [],
          }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Versies van de notitie, nieuwste eerst' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toContain('Bewaard na conflict');
    expect(rows[1]).toContain('collega ps-3f9');
    expect(rows[2]).toContain('Anna (u)');
    expect(rows[2]).toContain('Titel, Tekst, Onderwerp');
    const show = within(table).getByRole('button', { name: 'Bekijk bewaarde wijziging 3' });
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('Tekst die een conflict verloor')).toBeDefined();
    expect(fake.callsOf('revision')).toEqual([[noteId, 3]]);
  });
});
