/**
 * The guided interview for tacit knowledge: fixed prompts, and the answers turned into a draft note with one
 * section per answered prompt. No language model: the expert's own words, in the order asked.
 */
import type { InterviewPrompt } from '../contract/note-views.ts';

export type { InterviewPrompt };

export const interviewPrompts: readonly InterviewPrompt[] = [
  {
    id: 'uitzonderingen',
    question: 'Welke uitzonderingen maakt u, en waarom?',
    hint: 'Gevallen waarin u afwijkt van de regel of werkinstructie, en de reden daarvoor.',
  },
  {
    id: 'contacten',
    question: 'Wie belt of mailt u waarvoor?',
    hint: 'Afdelingen, rollen of functies (liever dan namen van personen) en waarvoor u ze benadert.',
  },
  {
    id: 'besluiten',
    question: 'Wat is er in het verleden besloten of geprobeerd, en waarom?',
    hint: 'Eerdere keuzes, wat niet werkte, en waarom het nu gaat zoals het gaat.',
  },
  {
    id: 'bronnen',
    question: 'Waar zoekt u dingen op?',
    hint: 'Systemen, mappen, documenten of websites die u gebruikt, en waarvoor.',
  },
  {
    id: 'valkuilen',
    question: 'Waar gaat het vaak mis, en hoe voorkomt u dat?',
    hint: 'Fouten die nieuwe collega’s maken en signalen waar u op let.',
  },
  {
    id: 'overig',
    question: 'Wat moet een opvolger verder nog weten?',
    hint: 'Alles wat hierboven niet past.',
  },
];

/** The body of the draft: a section per answered prompt, headed by the prompt itself. */
export function interviewBody(answers: Record<string, string | undefined>): string {
  const sections: string[] = [];
  for (const prompt of interviewPrompts) {
    const answer = answers[prompt.id]?.trim();
    if (answer) sections.push(`## ${prompt.question}\n\n${answer}`);
  }
  return sections.join('\n\n');
}

export const unknownPromptIds = (answers: Record<string, unknown>): string[] =>
  Object.keys(answers).filter((id) => !interviewPrompts.some((prompt) => prompt.id === id));
