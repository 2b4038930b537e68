// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedTransport } from '../test-support/fakes.ts';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { App } from './app.tsx';

afterEach(cleanup);

describe('App', () => {
  it('has a skip link, landmarks, and the AI notice', () => {
    renderWithServices(<App route={{ name: 'chat' }} />);
    const skip = screen.getByRole('link', { name: 'Ga direct naar de inhoud' });
    expect(skip.getAttribute('href')).toBe('#inhoud');
    expect(screen.getByRole('main').id).toBe('inhoud');
    expect(screen.getByRole('banner')).toBeDefined();
    expect(screen.getByRole('navigation', { name: 'Menu' })).toBeDefined();
    expect(screen.getByRole('contentinfo')).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Chat met de Vraagbaak' })).toBeDefined();
    expect(screen.getByText(/Controleer het altijd in de bron/)).toBeDefined();
  });

  it('switches to English: texts, html lang, and the language of the chat request', async () => {
    const user = userEvent.setup();
    const { transport, requests } = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent() },
        { event: 'answer-end', data: answerEnd() },
      ],
    }));
    renderWithServices(<App route={{ name: 'chat' }} />, { transport });
    expect(document.documentElement.lang).toBe('nl');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');
    await user.click(english);
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'Answers come from an AI system' })).toBeDefined();
    await user.type(
      screen.getByRole('textbox', { name: 'Your question' }),
      'What does a permit cost?{Enter}',
    );
    expect(requests[0]?.language).toBe('en');
    expect(await screen.findByRole('button', { name: /^Source 1: / })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(document.documentElement.lang).toBe('nl');
  });

  it('opens and closes the help text from the menu', async () => {
    const user = userEvent.setup();
    renderWithServices(<App route={{ name: 'chat' }} />);
    const toggle = screen.getByRole('button', { name: 'Hulp bij vragen stellen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const heading = screen.getByRole('heading', {
      name: 'Zo stelt u een goede vraag en controleert u het antwoord',
    });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Typ geen namen of andere persoonsgegevens/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Sluit hulp' }));
    expect(
      screen.queryByRole('heading', { name: 'Zo stelt u een goede vraag en controleert u het antwoord' }),
    ).toBeNull();
  });
});
