// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../result.ts';
import { NoteListPage } from './note-list-page.tsx';
import { noteId, noteSummary } from './test-support/notes-fixtures.ts';
import { renderNotes } from './test-support/render-notes.tsx';

afterEach(cleanup);

const query = { status: null, topic: 'verhuizingen', needsReview: true, mine: false };

describe('NoteListPage', () => {
  it('lists notes with their status, flags expired ones, and filters on what the address says', async () => {
    const { fake } = renderNotes(<NoteListPage query={query} expert />, {
      notes: {
        list: async () =>
          ok({
            notes: [noteSummary({ status: 'published', needsReview: true, reviewDate: '2026-01-01' })],
            total: 1,
          }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Notities: 1 notities' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(row)
        .getByRole('link', { name: 'Ontheffing venstertijden bij verhuizingen' })
        .getAttribute('href'),
    ).toBe(`/kennisnotities/${noteId}`);
    expect(row.textContent).toContain('Gepubliceerd');
    expect(row.textContent).toContain('Herziening nodig');
    expect(fake.callsOf('list')).toEqual([
      [{ topic: 'verhuizingen', needsReview: true, mine: false, limit: 200 }],
    ]);
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Alleen notities die herzien moeten worden',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeDefined();
  });

  it('offers staff no status filter: they see published notes only', async () => {
    renderNotes(<NoteListPage query={{ ...query, topic: null, needsReview: false }} expert={false} />, {
      notes: { list: async () => ok({ notes: [], total: 0 }) },
    });
    expect(await screen.findByText('Er zijn nog geen notities.')).toBeDefined();
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Alleen mijn notities' })).toBeNull();
  });
});
