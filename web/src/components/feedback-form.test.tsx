// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../result.ts';
import { fakeApi } from '../test-support/fakes.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { FeedbackForm } from './feedback-form.tsx';

afterEach(cleanup);

const answerId = '11111111-2222-4333-8444-555555555555';

describe('FeedbackForm', () => {
  it('sends "not helpful" with a reason and thanks the reader', async () => {
    const user = userEvent.setup();
    const { api, feedback } = fakeApi();
    renderWithServices(<FeedbackForm answerId={answerId} />, { api });
    expect(screen.getByRole('group', { name: 'Was dit antwoord nuttig?' })).toBeDefined();
    const no = screen.getByRole('button', { name: 'Nee, niet nuttig' });
    await user.click(no);
    expect(no.getAttribute('aria-pressed')).toBe('true');
    await user.type(
      screen.getByRole('textbox', { name: 'Wat ging er mis? (niet verplicht)' }),
      'Tarief is van 2024',
    );
    await user.click(screen.getByRole('button', { name: 'Verstuur feedback' }));
    expect(feedback).toEqual([{ answerId, body: { helpful: false, reason: 'Tarief is van 2024' } }]);
    expect(screen.getByRole('status').textContent).toBe('Bedankt voor uw feedback.');
  });

  it('sends "helpful" without a reason', async () => {
    const user = userEvent.setup();
    const { api, feedback } = fakeApi();
    renderWithServices(<FeedbackForm answerId={answerId} />, { api });
    await user.click(screen.getByRole('button', { name: 'Ja, nuttig' }));
    await user.click(screen.getByRole('button', { name: 'Verstuur feedback' }));
    expect(feedback).toEqual([{ answerId, body: { helpful: true } }]);
  });

  it('says when sending failed', async () => {
    const user = userEvent.setup();
    const { api } = fakeApi();
    api.sendFeedback = async () => fail({ kind: 'network', message: 'Failed to fetch' });
    renderWithServices(<FeedbackForm answerId={answerId} />, { api });
    await user.click(screen.getByRole('button', { name: 'Ja, nuttig' }));
    await user.click(screen.getByRole('button', { name: 'Verstuur feedback' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Uw feedback is niet verstuurd. De server is niet bereikbaar.',
    );
  });
});
