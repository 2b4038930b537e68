/**
 * One change to a note, guarded by its version: the check and the write run in one SQLite transaction, and a
 * change based on an outdated version is kept as a `conflict` revision before the 409, so nothing is lost.
 */
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import { notFound, type NotesCore } from './core.ts';
import { cleanLine, noteLimits } from './fields.ts';
import { changedFields, contentOf } from './resolve-fields.ts';
import type { NoteContent, NoteRecord, RevisionAction } from './types.ts';

/** 409: the note changed since the caller loaded it, or is in a state where this step cannot be taken. */
export class NoteConflict extends AppError {
  constructor(
    message: string,
    readonly noteId: string,
    readonly revisionId: number | null,
  ) {
    super('conflict', message);
  }
}

export interface Plan {
  next: Partial<NoteRecord>;
  action: RevisionAction;
  comment?: string | null;
  /** Runs inside the transaction, after the note and revision rows are written. */
  after?: (next: NoteRecord) => void;
}

const when = (date: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);

export const editorName = (name: string | undefined): string | null => {
  const clean = name === undefined ? '' : cleanLine(name).slice(0, noteLimits.authorMax);
  return clean === '' || /[<>]/.test(clean) ? null : clean;
};

function conflictMessage(note: NoteRecord, expected: number, user: User, revisionId: number | null): string {
  const who =
    note.updatedBy === user.pseudonym
      ? 'uzelf (in een ander venster of tabblad)'
      : (note.updatedByName ?? 'een andere gebruiker');
  const kept =
    revisionId === null
      ? 'Laad de notitie opnieuw en probeer het nog eens.'
      : `Uw wijzigingen zijn bewaard als revisie ${revisionId}; voeg ze samen met de huidige versie en sla opnieuw op.`;
  return `Deze notitie is intussen gewijzigd door ${who} op ${when(note.updatedAt)} (nu versie ${note.version}; u werkte op versie ${expected}). ${kept}`;
}

export type Commit = (
  user: User,
  noteId: string,
  expectedVersion: number,
  name: string | null,
  plan: (note: NoteRecord) => Plan | null,
  attempted?: NoteContent,
) => NoteRecord;

export function createCommit(core: NotesCore): Commit {
  const { notes } = core;
  return function commit(
    user: User,
    noteId: string,
    expectedVersion: number,
    name: string | null,
    plan: (note: NoteRecord) => Plan | null,
    attempted?: NoteContent,
  ): NoteRecord {
    const outcome = notes.transaction(() => {
      const note = notes.get(noteId);
      if (!note) throw notFound();
      if (note.version !== expectedVersion) {
        if (attempted && changedFields(note, attempted).length === 0)
          return { note, revisionId: null, stale: false };
        const base = notes.revisionAt(noteId, expectedVersion) ?? note;
        const revisionId = attempted
          ? notes.addRevision({
              ...attempted,
              noteId,
              version: null,
              basedOnVersion: expectedVersion,
              action: 'conflict',
              status: note.status,
              changedFields: changedFields(base, attempted),
              savedBy: user.pseudonym,
              savedByName: name,
              savedAt: core.now(),
              comment: null,
            })
          : null;
        return { note, revisionId, stale: true };
      }
      const step = plan(note);
      if (step === null) return { note, revisionId: null, stale: false };
      const now = core.now();
      const next: NoteRecord = {
        ...note,
        ...step.next,
        version: note.version + 1,
        updatedAt: now,
        updatedBy: user.pseudonym,
        updatedByName: name,
      };
      notes.update(next);
      notes.addRevision({
        ...contentOf(next),
        noteId,
        version: next.version,
        basedOnVersion: note.version,
        action: step.action,
        status: next.status,
        changedFields: changedFields(note, next),
        savedBy: user.pseudonym,
        savedByName: name,
        savedAt: now,
        comment: step.comment ?? null,
      });
      step.after?.(next);
      return { note: next, revisionId: null, stale: false };
    });
    if (outcome.stale) {
      throw new NoteConflict(
        conflictMessage(outcome.note, expectedVersion, user, outcome.revisionId),
        noteId,
        outcome.revisionId,
      );
    }
    return outcome.note;
  };
}
