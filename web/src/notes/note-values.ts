/**
 * A note as the editor holds it: form values, the fields the API takes, and the problems with them, the
 * ones checked here (title length, size) and the server's, sorted over the fields.
 */
import type { NoteFieldsBody, NoteView } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { noteProblems, type NoteField } from './note-problems.ts';

export interface RelatedDocumentValue {
  id: string;
  title: string;
  available: boolean;
}

export interface NoteValues {
  title: string;
  /** Markdown. */
  body: string;
  /** Topic name; a new name creates the topic. */
  topic: string;
  authorName: string;
  /** `YYYY-MM-DD`, or empty for none. */
  reviewDate: string;
  accessGroups: string[];
  relatedDocuments: RelatedDocumentValue[];
}

export type LocalProblem = 'title-too-short' | 'too-large';

/** Problems per field: the server's sentences, or a check done here. */
export type FieldErrors = Partial<Record<NoteField, (string | LocalProblem)[]>>;

export const bodyLimitBytes = 100_000;
export const titleMin = 3;

export const emptyValues = (): NoteValues => ({
  title: '',
  body: '',
  topic: '',
  authorName: '',
  reviewDate: '',
  accessGroups: [],
  relatedDocuments: [],
});

export function valuesFromNote(note: NoteView): NoteValues {
  return {
    title: note.title,
    body: note.body,
    topic: note.topic?.name ?? '',
    authorName: note.authorName,
    reviewDate: note.reviewDate ?? '',
    accessGroups: [...note.accessGroups],
    relatedDocuments: note.relatedDocuments.map((document) => ({ ...document })),
  };
}

export function requestFields(values: NoteValues): Required<NoteFieldsBody> {
  return {
    title: values.title,
    body: values.body,
    topic: values.topic.trim() === '' ? null : values.topic,
    authorName: values.authorName,
    reviewDate: values.reviewDate === '' ? null : values.reviewDate,
    accessGroups: values.accessGroups,
    relatedDocumentIds: values.relatedDocuments.map((document) => document.id),
  };
}

export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

export const same = (a: NoteValues | null, b: NoteValues): boolean =>
  a !== null && JSON.stringify(requestFields(a)) === JSON.stringify(requestFields(b));

export function localProblems(values: NoteValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim().length < titleMin) errors.title = ['title-too-short'];
  if (byteLength(values.body) > bodyLimitBytes) errors.body = ['too-large'];
  return errors;
}

/** The server's answer to a refused save or submit, sorted over the fields. */
export function refusal(failure: ApiFailure): { errors: FieldErrors; general: string[] } | null {
  if (failure.kind !== 'http' || failure.message === null) return null;
  // "De tekst is te groot: 120 kB; hoogstens 100 kB. …" is one sentence about the body.
  if (failure.status === 413) return { errors: { body: [failure.message] }, general: [] };
  if (failure.status !== 400) return { errors: {}, general: [failure.message] };
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const problem of noteProblems(failure.message)) {
    if (problem.field === null) general.push(problem.message);
    else (errors[problem.field] ??= []).push(problem.message);
  }
  return { errors, general };
}
