// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../result.ts';
import { GapsPage } from './gaps-page.tsx';
import { gapId, gapView, noteId } from './test-support/notes-fixtures.ts';
import { renderNotes } from './test-support/render-notes.tsx';

afterEach(cleanup);

describe('GapsPage', () => {
  it('shows each open gap with how often and how recently it was asked, and a way to answer it', async () => {
    const { fake } = renderNotes(<GapsPage answered={false} />);
    const gap = await screen.findByRole('article', { name: gapView().question });
    expect(gap.textContent).toContain(
      '3 keer gevraagd, door 2 personen (2× ‘Ik weet het niet’, 1× niet nuttig)',
    );
    expect(gap.textContent).toMatch(/Laatst gevraagd: 1 maart 2026 om \d{2}:30/);
    expect(within(gap).getByText('Hoe de vraag gesteld werd (2)')).toBeDefined();
    expect(gap.textContent).toContain('Feedback: Geen antwoord');
    const answer = within(gap).getByRole('link', {
      name: `Beantwoord met een notitie: ${gapView().question}`,
    });
    expect(answer.getAttribute('href')).toBe(`/kennisnotities/nieuw?lacune=${gapId}`);
    expect(fake.callsOf('gaps')).toEqual([[['open', 'in-progress']]]);
    expect(screen.getByRole('link', { name: 'Open vragen' }).getAttribute('aria-current')).toBe('page');
  });

  it('links a gap that is being answered to its note instead of offering a second answer', async () => {
    renderNotes(<GapsPage answered={false} />, {
      notes: {
        gaps: async () =>
          ok({
            gaps: [
              gapView({
                status: 'in-progress',
                note: { id: noteId, title: 'Standplaatsvergunning', status: 'in-review', published: false },
              }),
            ],
          }),
      },
    });
    const gap = await screen.findByRole('article', { name: gapView().question });
    expect(within(gap).getByRole('link', { name: 'Standplaatsvergunning' }).getAttribute('href')).toBe(
      `/kennisnotities/${noteId}`,
    );
    expect(within(gap).queryByRole('link', { name: /^Beantwoord met een notitie/ })).toBeNull();
  });

  it('says when there are no open gaps', async () => {
    renderNotes(<GapsPage answered={false} />, { notes: { gaps: async () => ok({ gaps: [] }) } });
    expect(await screen.findByText('Er zijn geen open kennislacunes.')).toBeDefined();
  });
});
