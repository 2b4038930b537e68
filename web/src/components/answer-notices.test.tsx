// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedTransport, type Script } from '../test-support/fakes.ts';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { ChatPage } from './chat-page.tsx';

afterEach(cleanup);

async function ask(script: () => Script) {
  const scripted = scriptedTransport(script);
  const view = renderWithServices(<ChatPage />, { transport: scripted.transport });
  await act(() => view.services.chat.ask('Wat kost een bewonersvergunning?', 'nl'));
  return { ...view, requests: scripted.requests };
}

describe('answer states', () => {
  it('says when the model was unavailable and the answer fell back to literal passages', async () => {
    await ask(() => ({
      events: [
        { event: 'sources', data: sourcesEvent({ answerMode: 'model' }) },
        {
          event: 'error',
          data: { type: 'error', code: 'model_timeout', message: 'Het taalmodel antwoordde niet op tijd.' },
        },
        { event: 'answer-end', data: answerEnd({ status: 'fallback' }) },
      ],
    }));
    expect(screen.getByRole('heading', { name: 'Het taalmodel is nu niet beschikbaar' })).toBeDefined();
    const detail = screen.getByText('Het taalmodel antwoordde niet op tijd.');
    expect(detail.getAttribute('lang')).toBe('nl');
    expect(detail.parentElement?.textContent).toBe('Melding: Het taalmodel antwoordde niet op tijd.');
  });

  it('marks the Dutch quotes of an English extractive answer as Dutch, and not those of a Dutch one', async () => {
    const quote = 'Een bewonersvergunning kost € 98,40 per jaar.';
    const english = `Without a language model: these are verbatim passages from the sources.\n\n- "${quote}" [1] (Beleidsregels, p. 3)`;
    const scripted = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        { event: 'answer-end', data: answerEnd({ text: english }) },
      ],
    }));
    const view = renderWithServices(<ChatPage />, { transport: scripted.transport });
    await act(() => view.services.chat.ask('What does a residents permit cost?', 'en'));
    const paragraph = document.querySelector('.vraagbaak-answer__text')!;
    expect(paragraph.getAttribute('lang')).toBe('en');
    const marked = [...paragraph.querySelectorAll('[lang="nl"]')].map((element) => element.textContent);
    expect(marked).toEqual([quote]);
    cleanup();

    await ask(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        { event: 'answer-end', data: answerEnd() },
      ],
    }));
    expect(document.querySelector('.vraagbaak-answer__text [lang]')).toBeNull();
  });

  it('says when search was on words only, with the reason', async () => {
    await ask(() => ({
      events: [
        {
          event: 'sources',
          data: sourcesEvent({ retrievalMode: 'lexical', lexicalReason: 'geen embeddingmodel geladen' }),
        },
        { event: 'answer-end', data: answerEnd() },
      ],
    }));
    expect(screen.getByRole('heading', { name: 'Alleen gezocht op woorden' })).toBeDefined();
    expect(screen.getByText('geen embeddingmodel geladen')).toBeDefined();
  });

  it('says "Ik weet het niet" with the reason and what to try', async () => {
    const reason = 'De zoekopdracht vond geen passages die relevant genoeg zijn.';
    await ask(() => ({
      events: [
        { event: 'sources', data: sourcesEvent({ relevant: false }) },
        {
          event: 'answer-end',
          data: answerEnd({
            status: 'dont-know',
            text: `Ik weet het niet. ${reason}`,
            citations: [],
            quotes: [],
            dontKnowReason: reason,
          }),
        },
      ],
    }));
    expect(screen.getByRole('heading', { name: 'Ik weet het niet' })).toBeDefined();
    expect(screen.getByText(`Waarom niet: ${reason}`)).toBeDefined();
    expect(screen.getByText(/Gebruik andere woorden/)).toBeDefined();
  });

  it('says when the network failed, and asks again on request', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { requests } = await ask(() => {
      calls += 1;
      return calls === 1
        ? { events: [], end: { kind: 'network', message: 'Failed to fetch' } }
        : {
            events: [
              { event: 'sources', data: sourcesEvent() },
              { event: 'answer-end', data: answerEnd() },
            ],
          };
    });
    expect(screen.getByRole('heading', { name: 'Geen verbinding' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(requests).toHaveLength(2);
    expect(await screen.findByRole('button', { name: /^Bron 1:/ })).toBeDefined();
  });

  it("shows the server's message for a rejected question, without a retry that would fail again", async () => {
    await ask(() => ({
      events: [],
      end: {
        kind: 'http',
        status: 400,
        code: 'bad_request',
        message: 'De vraag is te lang (hoogstens 2000 tekens).',
      },
    }));
    expect(screen.getByText('De vraag is te lang (hoogstens 2000 tekens).')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
  });

  it('marks a citation the check flagged, with a name that says so', async () => {
    await ask(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        {
          event: 'answer-end',
          data: answerEnd({
            status: 'answered',
            text: 'Het kost € 98,40 [1]. Het is gratis [2?].',
            citations: [{ number: 1, chunkId: 'a', supported: true, score: 0.9 }],
            flagged: [
              {
                number: 2,
                chunkId: 'b',
                sentence: 'Het is gratis [2?].',
                reason: 'de passage noemt geen prijs',
              },
            ],
          }),
        },
      ],
    }));
    const flagged = screen.getByRole('button', {
      name: /^Bron 2, niet zeker onderbouwd: Veelgestelde vragen parkeren/,
    });
    expect(flagged.textContent).toBe('[2?]');
  });
});
