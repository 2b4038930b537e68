// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteView } from '../../../server/contract/index.ts';
import { fail, ok } from '../result.ts';
import { createDisplayName } from './display-name.ts';
import { NotePage } from './note-page.tsx';
import { noteId, noteView } from './test-support/notes-fixtures.ts';
import { renderNotes, staffMe } from './test-support/render-notes.tsx';

afterEach(cleanup);

const inReview = (permissions: Partial<NoteView['permissions']>) =>
  noteView({
    status: 'in-review',
    version: 3,
    permissions: {
      edit: true,
      submit: false,
      review: true,
      approve: false,
      approveRefusal: null,
      withdraw: true,
      ...permissions,
    },
  });

const page = (published = false) => (
  <NotePage noteId={noteId} published={published} displayName={createDisplayName(null)} />
);

describe('NotePage', () => {
  it('tells the author why she cannot approve her own note, and offers no button for it', async () => {
    const refusal =
      'U heeft aan deze notitie geschreven; een tweede expert of de eigenaar van het onderwerp moet haar goedkeuren.';
    renderNotes(page(), { notes: { get: async () => ok(inReview({ approveRefusal: refusal })) } });
    const review = await screen.findByRole('region', { name: 'Beoordelen' });
    expect(
      within(review).getByRole('heading', { name: 'U kunt deze notitie niet goedkeuren' }),
    ).toBeDefined();
    expect(within(review).getByText(refusal)).toBeDefined();
    expect(within(review).queryByRole('button', { name: 'Keur goed en publiceer' })).toBeNull();
    expect(within(review).getByRole('button', { name: 'Vraag om wijzigingen' })).toBeDefined();
  });

  it('lets a second expert approve: the note is published and focus goes to the message that says so', async () => {
    const user = userEvent.setup();
    const { fake } = renderNotes(page(), {
      notes: {
        get: async () => ok(inReview({ approve: true })),
        review: async () =>
          ok(
            noteView({
              status: 'published',
              version: 4,
              permissions: { ...noteView().permissions, review: false },
              published: {
                version: 4,
                publishedAt: '2026-03-02T14:00:00.000Z',
                label: 'Ervaringskennis — Anna de Vries, 2 maart 2026',
                approvedByName: 'Bram',
                documentId: 'b'.repeat(24),
                hasUnpublishedChanges: false,
              },
            }),
          ),
      },
    });
    const review = await screen.findByRole('region', { name: 'Beoordelen' });
    await user.type(within(review).getByRole('textbox', { name: 'Uw naam' }), 'Bram');
    await user.click(within(review).getByRole('button', { name: 'Keur goed en publiceer' }));
    expect(fake.callsOf('review')).toEqual([
      [noteId, { decision: 'approved', expectedVersion: 3, reviewerName: 'Bram' }],
    ]);
    const notice = screen.getByRole('status', { name: '' });
    expect(notice.textContent).toContain('Goedgekeurd en gepubliceerd');
    expect(document.activeElement).toBe(notice);
    expect(screen.getByText('Ervaringskennis — Anna de Vries, 2 maart 2026')).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Beoordelen' })).toBeNull();
  });

  it('when the note changed meanwhile, says so and shows the newer version instead of acting on the old', async () => {
    const user = userEvent.setup();
    renderNotes(page(), {
      notes: {
        get: async () => ok(inReview({ approve: true })),
        review: async () =>
          fail({
            kind: 'conflict',
            message: 'Deze notitie is intussen gewijzigd door Anna op 2 maart om 14:05 (nu versie 4).',
            current: {
              ...inReview({ approve: true }),
              version: 4,
              title: 'Ontheffing venstertijden (aangevuld)',
            },
            yourRevisionId: null,
          }),
      },
    });
    const review = await screen.findByRole('region', { name: 'Beoordelen' });
    await user.click(within(review).getByRole('button', { name: 'Keur goed en publiceer' }));
    const notice = document.querySelector('.vraagbaak-notes-notice') as HTMLElement;
    expect(notice.textContent).toContain('gewijzigd door Anna op 2 maart om 14:05');
    expect(document.activeElement).toBe(notice);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Ontheffing venstertijden (aangevuld)',
    );
  });

  it('asks for a comment before asking for changes', async () => {
    const user = userEvent.setup();
    const { fake } = renderNotes(page(), { notes: { get: async () => ok(inReview({})) } });
    const review = await screen.findByRole('region', { name: 'Beoordelen' });
    await user.click(within(review).getByRole('button', { name: 'Vraag om wijzigingen' }));
    const comment = within(review).getByRole('textbox', { name: 'Opmerking' });
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(comment.getAttribute('aria-describedby')?.split(' ')[1] ?? '')?.textContent,
    ).toBe('Schrijf eerst een opmerking.');
    expect(fake.callsOf('review')).toEqual([]);
    await user.type(comment, 'Welk nummer precies?');
    await user.click(within(review).getByRole('button', { name: 'Vraag om wijzigingen' }));
    expect(fake.callsOf('review')[0]?.[1]).toMatchObject({
      decision: 'changes-requested',
      comment: 'Welk nummer precies?',
      expectedVersion: 3,
    });
  });

  it('shows staff the published note to read, flagged when it needs review, without anything to do', async () => {
    const { fake } = renderNotes(page(true), {
      me: staffMe,
      notes: {
        get: async () =>
          ok(
            noteView({
              status: 'published',
              view: 'published',
              needsReview: true,
              permissions: {
                edit: false,
                submit: false,
                review: false,
                approve: false,
                approveRefusal: null,
                withdraw: false,
              },
            }),
          ),
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ontheffing venstertijden bij verhuizingen' }),
    ).toBeDefined();
    expect(fake.callsOf('get')).toEqual([[noteId, 'published']]);
    expect(
      screen.getByText('U ziet de gepubliceerde versie, zoals de Vraagbaak haar gebruikt.'),
    ).toBeDefined();
    expect(screen.getAllByText('Herziening nodig').length).toBeGreaterThan(0);
    expect(
      within(screen.getByRole('region', { name: 'Tekst' })).getByText('Meldpunt Verhuizingen').tagName,
    ).toBe('STRONG');
    expect(screen.queryByRole('link', { name: 'Bewerken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Intrekken' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Naar de nieuwste versie' })).toBeNull();
  });

  it('withdraws a note after asking, with the reason given', async () => {
    const user = userEvent.setup();
    const { fake } = renderNotes(page(), {
      notes: { get: async () => ok(noteView({ status: 'published', version: 6 })) },
    });
    await user.click(await screen.findByRole('button', { name: 'Intrekken' }));
    const dialog = screen.getByRole('dialog', { name: 'Notitie intrekken?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reden (niet verplicht)' }),
      'Vervangen door nieuw beleid',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ja, intrekken' }));
    expect(fake.callsOf('withdraw')).toEqual([
      [noteId, { expectedVersion: 6, reason: 'Vervangen door nieuw beleid' }],
    ]);
    expect(await screen.findByText(/De notitie is ingetrokken/)).toBeDefined();
  });
});
