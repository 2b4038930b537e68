// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedTransport } from '../test-support/fakes.ts';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { ChatPage } from './chat-page.tsx';

afterEach(cleanup);

describe('ProvenancePanel', () => {
  it('shows the passages with scores, which were cited, the model, timings, index date and the record link', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        { event: 'answer-end', data: answerEnd() },
      ],
    }));
    const { services } = renderWithServices(<ChatPage />, { transport });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));

    const toggle = screen.getByRole('button', { name: 'Hoe kwam dit antwoord tot stand?' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;

    expect(within(panel).getByText('zonder taalmodel: letterlijke passages')).toBeDefined();
    expect(within(panel).getByText('zoeken 12 ms, totaal 30 ms')).toBeDefined();
    expect(await within(panel).findByText('1 februari 2025 om 08:00', { exact: false })).toBeDefined();
    const rows = within(within(panel).getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', 'Beleidsregels parkeervergunningen Groningen 2025', 'pagina 3', '0,016', 'ja'],
      ['2', 'Veelgestelde vragen parkeren', 'Bewonersvergunning', '0,016', 'nee'],
    ]);
    const record = within(panel).getByRole('link', {
      name: /Bekijk het opgeslagen verslag van dit antwoord/,
    });
    expect(record.getAttribute('href')).toBe('/api/answers/11111111-2222-4333-8444-555555555555');
  });

  it('names the model when one wrote the answer', async () => {
    const user = userEvent.setup();
    const { transport } = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent({ answerMode: 'model' }) },
        {
          event: 'answer-end',
          data: answerEnd({
            status: 'answered',
            model: { name: 'mistral', endpoint: 'intern', model: 'mistral-small' },
            timings: { retrievalMs: 10, firstTokenMs: 420, totalMs: 2100 },
          }),
        },
      ],
    }));
    const { services } = renderWithServices(<ChatPage />, { transport });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));
    await user.click(screen.getByRole('button', { name: 'Hoe kwam dit antwoord tot stand?' }));
    expect(screen.getByText('mistral (mistral-small)')).toBeDefined();
    expect(screen.getByText('zoeken 10 ms, eerste woord na 420 ms, totaal 2100 ms')).toBeDefined();
    expect(screen.getByText('gemaakt door een taalmodel')).toBeDefined();
  });
});
