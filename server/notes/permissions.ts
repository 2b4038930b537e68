/**
 * Who may do what with a note. Pure functions over the user, the note and its topic, so the rules read in one
 * place and are tested without a database.
 */
import { sharesGroup } from '../../ingest/access/index.ts';
import type { User } from '../http/types.ts';
import type { NoteRecord, NoteStatus, TopicRecord } from './types.ts';

export const isExpert = (user: User): boolean => user.roles.includes('expert') || isAdmin(user);
export const isAdmin = (user: User): boolean => user.roles.includes('beheerder');

export const isTopicOwner = (topic: TopicRecord | null, user: User): boolean =>
  topic?.ownerPseudonym != null && topic.ownerPseudonym === user.pseudonym;

/**
 * The working copy (drafts, reviews, history): experts and topic owners who share a group with the note, its
 * creator, and beheerders. A draft without groups is seen by its creator and beheerders only.
 */
export function maySeeWorkingCopy(
  note: NoteRecord,
  user: User,
  topic: TopicRecord | null,
  publishedGroups: readonly string[] | null,
): boolean {
  if (isAdmin(user) || note.createdBy === user.pseudonym) return true;
  if (!isExpert(user) && !isTopicOwner(topic, user)) return false;
  return (
    sharesGroup(user.groups, note.accessGroups) ||
    (publishedGroups !== null && sharesGroup(user.groups, publishedGroups))
  );
}

/** The published version: anyone in one of its groups (the same rule as documents). */
export const maySeePublished = (publishedGroups: readonly string[], user: User): boolean =>
  sharesGroup(user.groups, publishedGroups);

const editable: readonly NoteStatus[] = ['draft', 'in-review', 'changes-requested', 'published', 'withdrawn'];

export const mayEdit = (note: NoteRecord, user: User, topic: TopicRecord | null): boolean =>
  (isExpert(user) || isTopicOwner(topic, user)) && editable.includes(note.status);

/**
 * The four-eyes rule: an expert or the topic owner approves, and never someone who wrote any of the note's
 * content. Returns why not, or null when allowed.
 */
export function approvalRefusal(
  user: User,
  topic: TopicRecord | null,
  contributors: ReadonlySet<string>,
): string | null {
  if (!isExpert(user) && !isTopicOwner(topic, user)) {
    return 'Alleen een expert of de eigenaar van het onderwerp kan een notitie goedkeuren.';
  }
  if (contributors.has(user.pseudonym)) {
    return 'U heeft aan deze notitie geschreven; een tweede expert of de eigenaar van het onderwerp moet haar goedkeuren.';
  }
  return null;
}

/** Groups an author may give a note: their own (a beheerder any), so nobody writes a note they cannot read. */
export function groupsOutsideUser(groups: readonly string[], user: User): string[] {
  if (isAdmin(user)) return [];
  return groups.filter((group) => !sharesGroup(user.groups, [group]));
}
