// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../result.ts';
import { IndexPage } from './index-page.tsx';
import { overviewResponse } from './test-support/admin-fixtures.ts';
import { renderAdmin } from './test-support/render-admin.tsx';

afterEach(cleanup);

describe('IndexPage', () => {
  it('offers no rebuild when the index matches the server', async () => {
    renderAdmin(<IndexPage />);
    expect(await screen.findByRole('heading', { name: 'De index is in orde' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Alles opnieuw indexeren' })).toBeNull();
  });

  it('starts a rebuild when the model changed, and follows it', async () => {
    const user = userEvent.setup();
    const { fake, visited } = renderAdmin(<IndexPage />, {
      admin: {
        overview: async () =>
          ok(
            overviewResponse({
              rebuild: {
                needed: true,
                reason: 'De index is gebouwd met geen model (lexicaal), de server werkt nu met e5 (main).',
                serverModel: 'e5',
                pending: null,
              },
            }),
          ),
      },
    });
    expect(await screen.findByText(/de server werkt nu met e5/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Alles opnieuw indexeren' }));
    expect(fake.calls.some((call) => call.method === 'rebuild')).toBe(true);
    expect(visited).toEqual(['/beheer/taken/20250301020000-0123abcd']);
  });

  it('continues or, after confirmation, discards a half-done rebuild', async () => {
    const user = userEvent.setup();
    let pending = true;
    const { fake } = renderAdmin(<IndexPage />, {
      admin: {
        overview: async () =>
          ok(
            overviewResponse({
              rebuild: {
                needed: pending,
                reason: null,
                serverModel: 'e5',
                pending: pending ? { startedAt: '2025-03-01T02:00:00.000Z' } : null,
              },
            }),
          ),
        discardRebuild: async () => {
          pending = false;
          return ok(true as const);
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Weggooien' }));
    const dialog = screen.getByRole('dialog', { name: 'Half opgebouwde index weggooien?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, weggooien' }));
    expect(fake.calls.some((call) => call.method === 'discardRebuild')).toBe(true);
    expect(
      await screen.findByRole('heading', { name: 'De half opgebouwde index is weggegooid.' }),
    ).toBeDefined();
    expect(await screen.findByRole('heading', { name: 'De index is in orde' })).toBeDefined();
  });
});
