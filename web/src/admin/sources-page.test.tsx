// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../result.ts';
import { SourcesPage } from './sources-page.tsx';
import { adminSource } from './test-support/admin-fixtures.ts';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

const twoSources = async () =>
  ok({
    sources: [
      adminSource({ name: 'voorbeeld', builtIn: true, schedule: null, nextRunAt: null }),
      adminSource({ root: '/mnt/<b>beleid</b>' }),
    ],
    schedulesEnabled: true,
    timezone: 'Europe/Amsterdam',
  });

describe('SourcesPage', () => {
  it('lists each source with its settings; a built-in one can only be updated', async () => {
    renderAdmin(<SourcesPage saved={null} />, { admin: { sources: twoSources } });
    const list = await screen.findByRole('list', { name: 'Ingestelde bronnen' });
    const [builtIn, beleid] = within(list).getAllByRole('article');
    expect(within(builtIn!).getByRole('button', { name: 'Bijwerken bron voorbeeld' })).toBeDefined();
    expect(within(builtIn!).queryByRole('button', { name: /Verwijderen/ })).toBeNull();
    // A path is text, whatever it contains.
    expect(within(beleid!).getByText('/mnt/<b>beleid</b>')).toBeDefined();
    expect(beleid!.querySelector('b')).toBeNull();
    expect(within(beleid!).getByRole('link', { name: 'Wijzigen bron beleid' }).getAttribute('href')).toBe(
      '/beheer/bronnen/beleid/wijzigen',
    );
  });

  it('starts a job for one source and follows it, reading every file again when asked', async () => {
    const user = userEvent.setup();
    const { fake, visited } = renderAdmin(<SourcesPage saved={null} />);
    await user.click(await screen.findByRole('checkbox', { name: /Lees alle bestanden opnieuw/ }));
    await user.click(screen.getByRole('button', { name: 'Bijwerken bron beleid' }));
    expect(fake.calls.find((call) => call.method === 'startJob')?.args).toEqual([
      { sources: ['beleid'], force: true },
    ]);
    expect(visited).toEqual(['/beheer/taken/20250301030000-0badcafe']);
  });

  it('says so when the source already has a job', async () => {
    const user = userEvent.setup();
    const message = 'Er loopt al een taak voor bron beleid (gestart om 14:03, taak 20250301020000-0123abcd).';
    const { visited } = renderAdmin(<SourcesPage saved={null} />, {
      admin: { startJob: async () => fail({ kind: 'http', status: 409, code: 'conflict', message }) },
    });
    await user.click(await screen.findByRole('button', { name: 'Alle bronnen bijwerken' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'De taak is niet gestart' })).toBeDefined();
    expect(alert.textContent).toContain(message);
    expect(visited).toEqual([]);
  });

  it('asks before removing, says what will be deleted, and gives focus back on "no"', async () => {
    const user = userEvent.setup();
    const { fake } = renderAdmin(<SourcesPage saved={null} />);
    const remove = await screen.findByRole('button', { name: 'Verwijderen bron beleid' });
    await user.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'Bron beleid verwijderen?' });
    expect(dialog.textContent).toContain('12 documenten en 151 tekststukken');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Nee, niet verwijderen' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nee, niet verwijderen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(fake.calls.some((call) => call.method === 'removeSource')).toBe(false);

    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Ja, verwijder de bron' }));
    expect(fake.calls.find((call) => call.method === 'removeSource')?.args).toEqual(['beleid', 'beleid']);
    expect(
      await screen.findByRole('heading', {
        name: 'Bron beleid is verwijderd, met 12 documenten en 151 tekststukken.',
      }),
    ).toBeDefined();
  });

  it('confirms a saved source', async () => {
    renderAdmin(<SourcesPage saved="beleid" />);
    expect(
      await screen.findByRole('heading', {
        name: 'Bron beleid is opgeslagen. Werk de bron bij om de documenten in te lezen.',
      }),
    ).toBeDefined();
  });
});
