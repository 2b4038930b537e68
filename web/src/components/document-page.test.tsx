// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../result.ts';
import { fakeApi } from '../test-support/fakes.ts';
import { documentText } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { DocumentPage } from './document-page.tsx';

afterEach(cleanup);

describe('DocumentPage', () => {
  it('shows the text with the cited passage highlighted and focused, and the original at the page', async () => {
    const start = documentText.indexOf('Een bewonersvergunning');
    const end = documentText.indexOf(' Een tweede');
    renderWithServices(
      <DocumentPage documentId="aaaaaaaaaaaaaaaaaaaaaaaa" highlight={{ start, end }} page={3} />,
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Beleidsregels parkeervergunningen Groningen 2025',
      }),
    ).toBeDefined();
    const mark = document.querySelector('mark');
    expect(mark?.textContent).toBe(
      'Begin gemarkeerde passage: Een bewonersvergunning kost € 98,40 per jaar. Einde gemarkeerde passage.',
    );
    // Focus moves in an effect after the text renders.
    await waitFor(() => expect(document.activeElement).toBe(mark));
    expect(document.querySelector('.vraagbaak-document-text')?.textContent).toContain(
      'Voor een parkeervergunning',
    );
    const original = screen.getByRole('link', { name: /^Open de PDF op pagina 3/ });
    expect(original.getAttribute('href')).toBe('/api/documents/aaaaaaaaaaaaaaaaaaaaaaaa/file#page=3');
    expect(document.title).toBe('Beleidsregels parkeervergunningen Groningen 2025 – Vraagbaak');
  });

  it('marks the Dutch document as Dutch in the English interface, and its highlight labels as English', async () => {
    const start = documentText.indexOf('Een bewonersvergunning');
    const end = documentText.indexOf(' Een tweede');
    const { services } = renderWithServices(
      <DocumentPage documentId="aaaaaaaaaaaaaaaaaaaaaaaa" highlight={{ start, end }} page={3} />,
    );
    act(() => services.language.set('en'));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Beleidsregels parkeervergunningen Groningen 2025',
    });
    expect(heading.getAttribute('lang')).toBe('nl');
    expect(document.querySelector('.vraagbaak-document-text')?.getAttribute('lang')).toBe('nl');
    const labels = [...document.querySelectorAll('mark .vraagbaak-visually-hidden')];
    expect(labels.map((label) => [label.getAttribute('lang'), label.textContent?.trim()])).toEqual([
      ['en', expect.stringMatching(/^Start/u)],
      ['en', expect.stringMatching(/^End/u)],
    ]);
  });

  it("shows the server's message when the document cannot be read", async () => {
    const { api } = fakeApi({
      document: () =>
        fail({
          kind: 'http',
          status: 404,
          code: 'not_found',
          message: 'Dit document bestaat niet of u heeft er geen toegang toe.',
        }),
    });
    renderWithServices(<DocumentPage documentId="aaaaaaaaaaaaaaaaaaaaaaaa" highlight={null} page={null} />, {
      api,
    });
    expect(
      await screen.findByText('Dit document bestaat niet of u heeft er geen toegang toe.'),
    ).toBeDefined();
    expect(screen.getByRole('link', { name: 'Naar de chat' })).toBeDefined();
  });
});
