import { describe, expect, it } from 'vitest';
import { parseRoute } from '../app/route.ts';
import { gapStatuses, notesUrls, parseNotesRoute } from './notes-route.ts';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('notes routes', () => {
  it('reads every notes page from the address', () => {
    expect(parseNotesRoute('/kennisnotities', '?status=in-review&onderwerp=markten&herziening=ja')).toEqual({
      page: 'list',
      query: { status: 'in-review', topic: 'markten', needsReview: true, mine: false },
    });
    expect(parseNotesRoute('/kennisnotities/nieuw', `?lacune=${id}`)).toEqual({ page: 'new', gapId: id });
    expect(parseNotesRoute('/kennisnotities/interview', '')).toEqual({ page: 'interview' });
    expect(parseNotesRoute('/kennisnotities/lacunes', '?beantwoord=ja')).toEqual({
      page: 'gaps',
      answered: true,
    });
    expect(parseNotesRoute(`/kennisnotities/${id}`, '?versie=gepubliceerd')).toEqual({
      page: 'note',
      noteId: id,
      published: true,
    });
    expect(parseNotesRoute(`/kennisnotities/${id}/bewerken/`, '')).toEqual({ page: 'edit', noteId: id });
    expect(parseNotesRoute(`/kennisnotities/${id}/geschiedenis`, '')).toEqual({
      page: 'history',
      noteId: id,
    });
  });

  it('ignores what does not fit, and leaves other paths to the rest of the app', () => {
    expect(parseNotesRoute('/kennisnotities', '?status=geheim&onderwerp=../x')).toMatchObject({
      query: { status: null, topic: null },
    });
    expect(parseNotesRoute('/kennisnotities/nieuw', '?lacune=1%20OR%201')).toEqual({
      page: 'new',
      gapId: null,
    });
    expect(parseNotesRoute('/kennisnotities/../../etc', '')).toEqual({ page: 'not-found' });
    expect(parseNotesRoute(`/kennisnotities/${id}/wissen`, '')).toEqual({ page: 'not-found' });
    expect(parseNotesRoute('/kennisnotitiesx', '')).toBeNull();
    expect(parseRoute('/kennisnotities/lacunes', '')).toEqual({
      name: 'notes',
      notes: { page: 'gaps', answered: false },
    });
  });

  it('round-trips with the addresses it makes', () => {
    const urls = [
      notesUrls.list({ status: 'published', needsReview: true, mine: true }),
      notesUrls.newNote(id),
      notesUrls.gaps(true),
      notesUrls.note(id, true),
      notesUrls.edit(id),
      notesUrls.history(id),
    ];
    const parsed = urls.map((url) => {
      const address = new URL(url, 'http://localhost');
      return parseNotesRoute(address.pathname, address.search)?.page;
    });
    expect(parsed).toEqual(['list', 'new', 'gaps', 'note', 'edit', 'history']);
    expect(gapStatuses(false)).toEqual(['open', 'in-progress']);
  });
});
