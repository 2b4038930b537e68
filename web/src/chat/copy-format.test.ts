import { describe, expect, it } from 'vitest';
import { nl } from '../i18n/messages-nl.ts';
import { answerEnd, sourcesEvent } from '../test-support/fixtures.ts';
import type { Turn } from './chat-store.ts';
import { formatAnswerForCopy } from './copy-format.ts';

describe('formatAnswerForCopy', () => {
  it('gives the question, the answer, each cited source with its place, and the AI warning', () => {
    const turn: Turn = {
      id: 'vraag-1',
      question: 'Wat kost een bewonersvergunning?',
      language: 'nl',
      phase: 'done',
      sources: sourcesEvent(),
      preview: '',
      citations: [],
      modelError: null,
      answer: answerEnd({ text: 'Het kost € 98,40 per jaar [1].' }),
      failure: null,
    };
    expect(formatAnswerForCopy(turn, nl)).toBe(
      [
        'Vraag: Wat kost een bewonersvergunning?',
        '',
        'Antwoord:',
        'Het kost € 98,40 per jaar [1].',
        '',
        'Bronnen:',
        '[1] Beleidsregels parkeervergunningen Groningen 2025, pagina 3 (voorbeeld: beleid/beleidsregels-parkeervergunningen-2025.pdf)',
        '',
        'Let op: dit antwoord komt van een AI-systeem. Controleer het in de bronnen.',
      ].join('\n'),
    );
  });
});
