import { describe, expect, it } from 'vitest';
import type { User } from '../http/types.ts';
import { approvalRefusal, groupsOutsideUser, maySeeWorkingCopy } from './permissions.ts';
import type { NoteRecord, TopicRecord } from './types.ts';

const user = (pseudonym: string, roles: string[], groups = ['handhaving']): User => ({
  id: pseudonym,
  pseudonym,
  groups,
  roles,
});
const topic: TopicRecord = {
  id: 't',
  name: 'T',
  ownerPseudonym: 'eigenaar',
  ownerName: null,
  accessGroups: [],
  createdAt: new Date(0),
};
const note = { createdBy: 'auteur', accessGroups: ['handhaving'] } as NoteRecord;

describe('note permissions', () => {
  it('lets a second expert or the topic owner approve, never a writer of the note', () => {
    const writers = new Set(['auteur', 'redacteur']);
    expect(approvalRefusal(user('tweede', ['expert']), topic, writers)).toBeNull();
    expect(approvalRefusal(user('eigenaar', ['medewerker']), topic, writers)).toBeNull();
    expect(approvalRefusal(user('auteur', ['expert']), topic, writers)).toMatch(/tweede expert/);
    expect(approvalRefusal(user('redacteur', ['beheerder']), topic, writers)).toMatch(/geschreven/);
    expect(approvalRefusal(user('iemand', ['medewerker']), topic, writers)).toMatch(/Alleen een expert/);
  });

  it('shows the working copy to experts in the note’s groups, its creator and beheerders', () => {
    expect(maySeeWorkingCopy(note, user('x', ['expert']), null, null)).toBe(true);
    expect(maySeeWorkingCopy(note, user('x', ['expert'], ['mobiliteit']), null, null)).toBe(false);
    expect(maySeeWorkingCopy(note, user('x', ['expert'], ['mobiliteit']), null, ['mobiliteit'])).toBe(true);
    expect(maySeeWorkingCopy(note, user('x', ['medewerker']), null, null)).toBe(false);
    expect(maySeeWorkingCopy(note, user('auteur', ['medewerker'], []), null, null)).toBe(true);
    expect(maySeeWorkingCopy(note, user('x', ['beheerder'], []), null, null)).toBe(true);
  });

  it('limits the groups an author may give to her own', () => {
    expect(groupsOutsideUser(['handhaving', 'directie'], user('x', ['expert']))).toEqual(['directie']);
    expect(groupsOutsideUser(['directie'], user('x', ['beheerder']))).toEqual([]);
  });
});
