/**
 * The server lists every problem with a source in one message, each as `field: what is wrong`
 * ("Ongeldige bron: name: …; root: /mnt/x bestaat niet"). This splits it back into problems per form field,
 * so each shows next to its field.
 */
export const sourceFields = ['name', 'root', 'accessGroups', 'include', 'exclude', 'schedule'] as const;
export type SourceField = (typeof sourceFields)[number];

export interface SourceProblem {
  /** null: about the source as a whole, shown above the form only. */
  field: SourceField | null;
  message: string;
}

const fieldPattern = `(?:${sourceFields.join('|')}|bron|json)(?:\\.\\d+)?`;
// Split only where the next problem starts, so a `; ` inside a path or a reason stays in one piece.
const separator = new RegExp(`; (?=${fieldPattern}: )`, 'u');
const problemPattern = new RegExp(`^(${fieldPattern}): ([\\s\\S]*)$`, 'u');

export function sourceProblems(message: string): SourceProblem[] {
  const body = message.replace(/^Ongeldige (?:bron|invoer): /u, '');
  return body
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = problemPattern.exec(part);
      const field = match?.[1]?.replace(/\.\d+$/u, '');
      const known = sourceFields.find((candidate) => candidate === field) ?? null;
      return known && match?.[2] ? { field: known, message: match[2] } : { field: null, message: part };
    });
}
