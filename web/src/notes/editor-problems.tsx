/** The list of problems above a notes form, each linked to its field; it takes focus after a failed submit. */
import type { Ref } from 'react';
import { useMessages } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';
import { pickerSearchId } from './document-picker.tsx';
import type { NoteField } from './note-problems.ts';
import { TextLink } from '../ui/links.tsx';

export interface Problem {
  /** `#id` of the field, or null for a problem of the note as a whole. */
  href: string | null;
  message: string;
}

/** The control each field's problems lead to. */
export const fieldIds: Record<NoteField, string> = {
  title: 'notitie-titel',
  body: 'notitie-tekst',
  topic: 'notitie-onderwerp',
  authorName: 'notitie-auteur',
  reviewDate: 'notitie-herzien',
  accessGroups: 'notitie-groep-0',
  relatedDocuments: pickerSearchId,
};

export function EditorProblems({ problems, ref }: { problems: Problem[]; ref?: Ref<HTMLDivElement> }) {
  const messages = useMessages();
  const words = messages.notes.editor;
  return (
    <div ref={ref} tabIndex={-1} className="vraagbaak-error-summary">
      <Alert type="error" title={words.summaryTitle} level={2}>
        <p className="utrecht-paragraph">{words.summaryIntro}</p>
        <ul className="utrecht-unordered-list">
          {problems.map((problem, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {problem.href ? <TextLink href={problem.href}>{problem.message}</TextLink> : problem.message}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
