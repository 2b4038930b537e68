// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../result.ts';
import { OverviewPage } from './overview-page.tsx';
import { overviewResponse } from './test-support/admin-fixtures.ts';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

describe('OverviewPage', () => {
  it('warns when search is lexical only and shows the figures per source and type', async () => {
    renderAdmin(<OverviewPage />);
    const warning = await screen.findByRole('heading', { name: 'Zoeken werkt nu alleen op woorden' });
    expect(warning.parentElement?.textContent).toContain('VRAAGBAAK_EMBEDDING_MODEL=none');
    const table = screen.getByRole('table', { name: /^Doorzoekbare documenten per bron/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Bron',
      'Doorzoekbaar',
      'Word-document',
      'Webpagina (HTML)',
      'Markdown-bestand',
      'PDF',
      'Laatste geslaagde synchronisatie',
    ]);
    const row = within(table).getByRole('row', { name: /^beleid/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual(['11', '3', '2', '2', '4']);
    expect(
      screen.getByText('1 document is al meer dan 3 jaar niet gewijzigd. Is het nog actueel?'),
    ).toBeDefined();
    expect(screen.getByRole('link', { name: 'Nota parkeren 1998' }).getAttribute('href')).toBe(
      '/document/aaaaaaaaaaaaaaaaaaaaaaaa',
    );
    expect(screen.getByText('12,3 MB')).toBeDefined();
  });

  it('points to the index page when a rebuild is needed, and gives no lexical warning with a model', async () => {
    renderAdmin(<OverviewPage />, {
      admin: {
        overview: async () =>
          ok(
            overviewResponse({
              search: { mode: 'hybrid', lexicalOnly: false, lexicalReason: null },
              rebuild: {
                needed: true,
                reason: 'De index is gebouwd met een ander model.',
                serverModel: 'e5',
                pending: null,
              },
            }),
          ),
      },
    });
    expect(await screen.findByText('De index is gebouwd met een ander model.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Naar de index' }).getAttribute('href')).toBe('/beheer/index');
    expect(screen.queryByText('Zoeken werkt nu alleen op woorden')).toBeNull();
  });
});
