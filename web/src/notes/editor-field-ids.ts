/** The ids of the note editor's controls, which its error summary links to. */
import { pickerSearchId } from './document-picker.tsx';
import type { NoteField } from './note-problems.ts';

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
