/**
 * From what a client sent to note content: checked and cleaned fields, the topic found or created, related
 * documents looked up with the author's own access, groups limited to the author's. Every problem at once.
 */
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type { NotesCore } from './core.ts';
import { checkNoteFields, type NoteFieldsInput } from './fields.ts';
import { groupsOutsideUser } from './permissions.ts';
import { contentFields, type ContentField, type NoteContent, type RelatedDocument } from './types.ts';

export const emptyContent = (): NoteContent => ({
  title: '',
  body: '',
  topicId: null,
  authorName: '',
  reviewDate: null,
  accessGroups: [],
  relatedDocuments: [],
});

export const contentOf = (note: NoteContent): NoteContent => ({
  title: note.title,
  body: note.body,
  topicId: note.topicId,
  authorName: note.authorName,
  reviewDate: note.reviewDate,
  accessGroups: note.accessGroups,
  relatedDocuments: note.relatedDocuments,
});

export function changedFields(before: NoteContent, after: NoteContent): ContentField[] {
  return contentFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

export interface ResolveOptions {
  /** The content now (null for a new note); fields the input leaves out keep these values. */
  current: NoteContent | null;
  /** Throw 400 with these extra problems too (for example from the route). */
  extraProblems?: string[];
}

export async function resolveFields(
  core: NotesCore,
  user: User,
  input: NoteFieldsInput,
  options: ResolveOptions,
): Promise<NoteContent> {
  const { clean, problems, tooLarge } = checkNoteFields(input);
  problems.push(...(options.extraProblems ?? []));
  if (tooLarge) throw new AppError('payload_too_large', [tooLarge, ...problems].join(' '));

  const outside = clean.accessGroups ? groupsOutsideUser(clean.accessGroups, user) : [];
  if (outside.length > 0) {
    problems.push(`U kunt alleen groepen kiezen waar u zelf in zit (niet: ${outside.join(', ')})`);
  }
  let relatedDocuments: RelatedDocument[] | undefined;
  if (clean.relatedDocumentIds) {
    relatedDocuments = [];
    for (const id of clean.relatedDocumentIds) {
      const document = await core.options.documents.getDocumentFor(id, user.groups);
      if (!document || document.status !== 'indexed') {
        // A document the author cannot see may keep its link when it was already there.
        const kept = options.current?.relatedDocuments.find((related) => related.id === id);
        if (kept) relatedDocuments.push(kept);
        else problems.push(`Document ${id} bestaat niet of u heeft er geen toegang toe`);
      } else {
        relatedDocuments.push({ id: document.id, title: document.title });
      }
    }
  }
  if (problems.length > 0) throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);

  const base = options.current ?? emptyContent();
  const topic =
    clean.topic === undefined
      ? undefined
      : clean.topic === null
        ? null
        : core.topics.ensure(clean.topic, user.groups.length > 0 ? user.groups : [], core.now());
  const next: NoteContent = {
    title: clean.title ?? base.title,
    body: clean.body ?? base.body,
    topicId: topic === undefined ? base.topicId : (topic?.id ?? null),
    authorName: clean.authorName ?? base.authorName,
    reviewDate: clean.reviewDate === undefined ? base.reviewDate : clean.reviewDate,
    accessGroups: clean.accessGroups ?? base.accessGroups,
    relatedDocuments: relatedDocuments ?? base.relatedDocuments,
  };
  if (options.current === null && clean.accessGroups === undefined) {
    // A new note reads like its topic by default, within the author's own groups.
    const fromTopic = (topic?.accessGroups ?? []).filter(
      (group) => groupsOutsideUser([group], user).length === 0,
    );
    next.accessGroups = fromTopic.length > 0 ? fromTopic : [...user.groups];
  }
  return next;
}
