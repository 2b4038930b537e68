/**
 * The server lists every problem with a note in one message ("Ongeldige invoer: De titel is leeg; De tekst
 * bevat HTML …"). Each problem starts with the field it is about, so it can be shown at that field.
 */

export const noteFields = [
  'title',
  'body',
  'topic',
  'authorName',
  'reviewDate',
  'accessGroups',
  'relatedDocuments',
] as const;

export type NoteField = (typeof noteFields)[number];

export interface NoteProblem {
  field: NoteField | null;
  message: string;
}

const prefixes: [RegExp, NoteField][] = [
  [/^de titel\b/iu, 'title'],
  [/^de tekst\b/iu, 'body'],
  [/^het onderwerp\b|^kies een onderwerp\b/iu, 'topic'],
  [/^de auteursnaam\b|^vul de auteursnaam\b/iu, 'authorName'],
  [/^de herzieningsdatum\b/iu, 'reviewDate'],
  [/groep/iu, 'accessGroups'],
  [/document/iu, 'relatedDocuments'],
];

/** Lead-ins the server puts before its list; they say nothing about a field. */
const leadIn = /^(?:ongeldige invoer|nog niet compleet)\s*:\s*/iu;

export function noteProblems(message: string): NoteProblem[] {
  const problems: string[] = [];
  for (const part of message.replace(leadIn, '').split(/;\s+/u)) {
    const text = part.trim();
    if (text === '') continue;
    // Problems start with a capital; "…bevatten; gebruik gewone tekst" is one problem, not two.
    if (problems.length > 0 && /^\p{Ll}/u.test(text)) problems[problems.length - 1] += `; ${text}`;
    else problems.push(text);
  }
  return problems.map((problem) => {
    const text = problem.replace(/\.$/u, '');
    return {
      field: prefixes.find(([pattern]) => pattern.test(text))?.[1] ?? null,
      message: text.charAt(0).toUpperCase() + text.slice(1),
    };
  });
}
