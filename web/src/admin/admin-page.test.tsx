// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../app/app.tsx';
import { fakeApi } from '../test-support/fakes.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

describe('the admin console in the app', () => {
  it('offers "Beheer" in the menu to an admin, with its own menu marking the current page', async () => {
    renderAdmin(<App route={{ name: 'admin', admin: { page: 'sources', saved: null } }} />);
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    const link = await within(menu).findByRole('link', { name: 'Beheer' });
    expect(link.getAttribute('href')).toBe('/beheer');
    expect(link.getAttribute('aria-current')).toBe('page');
    const console = await screen.findByRole('navigation', { name: 'Beheer' });
    expect(within(console).getByRole('link', { name: 'Bronnen' }).getAttribute('aria-current')).toBe('page');
    expect(within(console).getByRole('link', { name: 'Taken' }).getAttribute('aria-current')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bronnen' })).toBeDefined();
    expect(document.title).toBe('Bronnen – Beheer – Vraagbaak');
  });

  it('shows neither the menu item nor the console to other staff', async () => {
    renderWithServices(<App route={{ name: 'admin', admin: { page: 'overview' } }} />, {
      api: fakeApi().api,
    });
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeDefined();
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', { name: 'Beheer' }),
    ).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Beheer' })).toBeNull();
  });

  it('says so for an admin address that does not exist', async () => {
    renderAdmin(<App route={{ name: 'admin', admin: { page: 'not-found' } }} />);
    expect(
      await screen.findByRole('heading', { name: 'Deze pagina van het beheer bestaat niet.' }),
    ).toBeDefined();
  });
});
