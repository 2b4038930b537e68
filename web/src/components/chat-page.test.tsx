// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, fakeClipboard, scriptedTransport } from '../test-support/fakes.ts';
import { answerEnd, passage, sourcesEvent } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { announcerId } from './chat-announcer.tsx';
import { ChatPage } from './chat-page.tsx';

afterEach(cleanup);

const answered = () => ({
  events: [
    { event: 'sources' as const, data: sourcesEvent() },
    { event: 'answer-end' as const, data: answerEnd() },
  ],
});

describe('ChatPage', () => {
  it('sends the question on Enter, shows the cited answer and announces it once complete', async () => {
    const user = userEvent.setup();
    const { transport, requests } = scriptedTransport(answered);
    renderWithServices(<ChatPage />, { transport });

    expect(screen.getByRole('heading', { name: 'Antwoorden komen van een AI-systeem' })).toBeDefined();
    await user.type(
      screen.getByRole('textbox', { name: 'Uw vraag' }),
      'Wat kost een bewonersvergunning?{Enter}',
    );

    expect(requests).toEqual([{ question: 'Wat kost een bewonersvergunning?', language: 'nl' }]);
    const marker = await screen.findByRole('button', {
      name: 'Bron 1: Beleidsregels parkeervergunningen Groningen 2025, pagina 3',
    });
    expect(marker.textContent).toBe('[1]');
    expect(screen.getByRole('heading', { level: 3, name: 'Wat kost een bewonersvergunning?' })).toBeDefined();
    expect(document.getElementById(announcerId)?.textContent).toBe('Het antwoord is klaar, met 1 bron.');
    expect((screen.getByRole('textbox', { name: 'Uw vraag' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the selected source with its details and the quote highlighted, and gives focus back on close', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(answered);
    const { services } = renderWithServices(<ChatPage />, { transport });
    await act(() => services.chat.ask('Wat kost een bewonersvergunning?', 'nl'));

    const marker = screen.getByRole('button', { name: /^Bron 1:/ });
    await user.click(marker);
    const panel = screen.getByRole('complementary', { name: 'Bron 1' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Bron 1' }));
    expect(
      within(panel).getByText('voorbeeld: beleid/beleidsregels-parkeervergunningen-2025.pdf'),
    ).toBeDefined();
    expect(within(panel).getByText('pagina 3')).toBeDefined();
    expect(within(panel).getByText('15 januari 2025')).toBeDefined();
    await within(panel).findByText('1 februari 2025');
    expect(panel.querySelector('mark')?.textContent).toBe('Een bewonersvergunning kost € 98,40 per jaar.');
    expect(panel.querySelector('blockquote')?.textContent).toContain('betaalt u parkeerbelasting');

    const pdf = within(panel).getByRole('link', { name: /^Open document \(PDF, pagina 3\)/ });
    expect(pdf.getAttribute('href')).toBe('/api/documents/aaaaaaaaaaaaaaaaaaaaaaaa/file#page=3');
    expect(pdf.getAttribute('target')).toBe('_blank');
    const text = within(panel).getByRole('link', { name: /Open tekst met gemarkeerde passage/ });
    expect(text.getAttribute('href')).toMatch(
      /^\/document\/aaaaaaaaaaaaaaaaaaaaaaaa\?van=\d+&tot=\d+&pagina=3$/,
    );

    await user.click(within(panel).getByRole('button', { name: 'Sluit bron' }));
    expect(screen.getByRole('complementary', { name: 'Bron' })).toBeDefined();
    expect(document.activeElement).toBe(marker);
  });

  it('links a knowledge note to the note itself, not to a file', async () => {
    const user = userEvent.setup();
    const note = {
      noteId: 'n1',
      label: 'Ervaringskennis — Jan de Vries, 3 maart 2025',
      authorName: 'Jan de Vries',
      publishedAt: '2025-03-03T09:00:00.000Z',
      reviewDate: '2025-09-01',
      needsReview: true,
      url: '/api/notes/n1',
    };
    const { transport } = scriptedTransport(() => ({
      events: [
        {
          event: 'sources',
          data: sourcesEvent({ passages: [passage({ note, format: 'markdown', pageStart: null })] }),
        },
        { event: 'answer-end', data: answerEnd({ quotes: [] }) },
      ],
    }));
    const { services } = renderWithServices(<ChatPage />, { transport });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));
    await user.click(screen.getByRole('button', { name: /^Bron 1:/ }));
    const panel = screen.getByRole('complementary', { name: 'Bron 1' });
    expect(within(panel).getByText('Ervaringskennis — Jan de Vries, 3 maart 2025')).toBeDefined();
    expect(within(panel).getByText(/De herzieningsdatum van deze notitie is verstreken/)).toBeDefined();
    // The app's own note page, showing the version that was cited.
    expect(
      within(panel)
        .getByRole('link', { name: /^Open notitie/ })
        .getAttribute('href'),
    ).toBe('/kennisnotities/n1?versie=gepubliceerd');
    expect(within(panel).queryByRole('link', { name: /^Open document/ })).toBeNull();
  });

  it('closes the source with Escape', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(answered);
    const { services } = renderWithServices(<ChatPage />, { transport });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));
    await user.click(screen.getByRole('button', { name: /^\[1\] Beleidsregels/ }));
    expect(screen.getByRole('complementary', { name: 'Bron 1' })).toBeDefined();
    await user.keyboard('{Escape}');
    expect(services.chat.getSnapshot().selection).toBeNull();
  });

  it('offers a stop button while the answer comes in, and keeps the preview after stopping', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(
      () => ({
        events: [
          { event: 'sources', data: sourcesEvent() },
          { event: 'text-delta', data: { type: 'text-delta', text: 'Een bewonersvergunning kost' } },
        ],
      }),
      { hold: true },
    );
    renderWithServices(<ChatPage />, { transport });
    await user.type(screen.getByRole('textbox', { name: 'Uw vraag' }), 'Wat kost het?{Enter}');
    const stop = await screen.findByRole('button', { name: 'Stop antwoord' });
    expect((screen.getByRole('button', { name: 'Vraag stellen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Voorlopige tekst: de bronnen worden nog gecontroleerd.')).toBeDefined();
    await user.click(stop);
    await screen.findByRole('heading', { name: 'U heeft het antwoord gestopt' });
    expect(screen.getByText('Een bewonersvergunning kost')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Stop antwoord' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Uw vraag' }));
    await waitFor(() =>
      expect(document.getElementById(announcerId)?.textContent).toBe('Het antwoord is gestopt.'),
    );
  });

  it('refuses a question that is too short and says why', async () => {
    const user = userEvent.setup();
    const { transport, requests } = scriptedTransport(answered);
    renderWithServices(<ChatPage />, { transport });
    await user.type(screen.getByRole('textbox', { name: 'Uw vraag' }), 'x{Enter}');
    expect(requests).toHaveLength(0);
    expect(screen.getByText('Typ eerst een vraag van minstens 2 tekens.')).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Uw vraag' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('copies the answer with its sources', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(answered);
    const { clipboard, written } = fakeClipboard();
    const { services } = renderWithServices(<ChatPage />, { transport, clipboard, api: fakeApi().api });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));
    await user.click(screen.getByRole('button', { name: 'Kopieer antwoord met bronnen' }));
    expect(written[0]).toContain('[1] Beleidsregels parkeervergunningen Groningen 2025, pagina 3');
    expect(screen.getByText('Antwoord met bronnen gekopieerd.')).toBeDefined();
  });
});
