// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../result.ts';
import { SourceFormPage } from './source-form-page.tsx';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

/** The ids in a field's aria-describedby, as text. */
function description(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('SourceFormPage', () => {
  it('adds a source and goes back to the list', async () => {
    const user = userEvent.setup();
    const { fake, visited } = renderAdmin(<SourceFormPage name={null} />);
    await user.type(screen.getByRole('textbox', { name: 'Naam (verplicht)' }), 'beleid');
    await user.type(screen.getByRole('textbox', { name: 'Map (verplicht)' }), '/mnt/beleid');
    await user.type(screen.getByRole('textbox', { name: 'Toegang (groepen)' }), 'mobiliteit, handhaving');
    await user.type(
      screen.getByRole('textbox', { name: 'Deze bestanden overslaan (optioneel)' }),
      'archief/**',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Automatisch bijwerken' }),
      'Elke nacht om 2.00 uur',
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(fake.calls.find((call) => call.method === 'addSource')?.args).toEqual([
      {
        name: 'beleid',
        root: '/mnt/beleid',
        include: [],
        exclude: ['archief/**'],
        accessGroups: ['mobiliteit', 'handhaving'],
        schedule: '0 2 * * *',
      },
    ]);
    expect(visited).toEqual(['/beheer/bronnen?opgeslagen=beleid']);
  });

  it("shows the server's problems at their fields, tied by aria-describedby, and moves focus to the list", async () => {
    const user = userEvent.setup();
    const { visited } = renderAdmin(<SourceFormPage name={null} />, {
      admin: {
        addSource: async () =>
          fail({
            kind: 'http',
            status: 400,
            code: 'bad_request',
            message:
              'Ongeldige bron: root: /bestaat/niet bestaat niet; schedule: ongeldig schema (cron): te veel velden',
          }),
      },
    });
    await user.type(screen.getByRole('textbox', { name: 'Naam (verplicht)' }), 'proef');
    await user.type(screen.getByRole('textbox', { name: 'Map (verplicht)' }), '/bestaat/niet');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Automatisch bijwerken' }), 'custom');
    await user.type(screen.getByRole('textbox', { name: 'Cron-schema' }), '1 2 3 4 5 6 7');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('heading', { name: 'Controleer de invoer' });
    const box = summary.closest('.vraagbaak-error-summary') as HTMLElement;
    expect(document.activeElement).toBe(box);
    const link = within(box).getByRole('link', { name: 'Map: /bestaat/niet bestaat niet' });
    expect(link.getAttribute('href')).toBe('#bron-map');
    const root = screen.getByRole('textbox', { name: 'Map (verplicht)' });
    expect(root.getAttribute('aria-invalid')).toBe('true');
    expect(description(root)).toContain('/bestaat/niet bestaat niet');
    const cron = screen.getByRole('textbox', { name: 'Cron-schema' });
    expect(description(cron)).toContain('ongeldig schema (cron): te veel velden');
    expect(screen.getByRole('textbox', { name: 'Naam (verplicht)' }).getAttribute('aria-invalid')).toBeNull();
    expect(visited).toEqual([]);
  });

  it('checks the name and folder before asking the server', async () => {
    const user = userEvent.setup();
    const { fake } = renderAdmin(<SourceFormPage name={null} />);
    await user.type(screen.getByRole('textbox', { name: 'Naam (verplicht)' }), 'Beleid Verkeer');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(description(screen.getByRole('textbox', { name: 'Naam (verplicht)' }))).toContain(
      'Gebruik alleen kleine letters',
    );
    expect(description(screen.getByRole('textbox', { name: 'Map (verplicht)' }))).toContain(
      'Vul het pad van de map in.',
    );
    expect(fake.calls.some((call) => call.method === 'addSource')).toBe(false);
  });

  it('changes an existing source without a name field', async () => {
    const user = userEvent.setup();
    const { fake, visited } = renderAdmin(<SourceFormPage name="beleid" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bron beleid wijzigen' })).toBeDefined();
    const root = await screen.findByRole('textbox', { name: 'Map (verplicht)' });
    expect((root as HTMLInputElement).value).toBe('/mnt/beleid');
    expect(screen.queryByRole('textbox', { name: 'Naam (verplicht)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(fake.calls.find((call) => call.method === 'updateSource')?.args[0]).toBe('beleid');
    expect(visited).toEqual(['/beheer/bronnen?opgeslagen=beleid']);
  });
});
