// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createDisplayName } from './display-name.ts';
import { InterviewPage } from './interview-page.tsx';
import { noteId } from './test-support/notes-fixtures.ts';
import { renderNotes } from './test-support/render-notes.tsx';

afterEach(cleanup);

describe('InterviewPage', () => {
  it('asks the prompts, turns the answers into a draft and opens it in the editor', async () => {
    const user = userEvent.setup();
    const { fake, visited } = renderNotes(<InterviewPage displayName={createDisplayName(null)} />);
    const exceptions = await screen.findByRole('textbox', {
      name: 'Welke uitzonderingen maakt u, en waarom?',
    });
    expect(exceptions.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), 'Markten');
    await user.type(exceptions, 'Bij regen mag de kraam een uur later open.');
    await user.click(screen.getByRole('button', { name: 'Maak een concept' }));
    expect(fake.callsOf('interview')).toEqual([
      [{ answers: { uitzonderingen: 'Bij regen mag de kraam een uur later open.' }, topic: 'Markten' }],
    ]);
    expect(visited).toEqual([`/kennisnotities/${noteId}/bewerken`]);
  });

  it('says what is missing before asking the server, with focus on the list', async () => {
    const user = userEvent.setup();
    const { fake } = renderNotes(<InterviewPage displayName={createDisplayName(null)} />);
    await user.click(await screen.findByRole('button', { name: 'Maak een concept' }));
    const summary = screen.getByText('Beantwoord minstens één vraag.').closest('.vraagbaak-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByText('Vul een titel of een onderwerp in.')).toBeDefined();
    expect(fake.callsOf('interview')).toEqual([]);
  });
});
