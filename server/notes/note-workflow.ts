/**
 * Changes to notes: create, save, submit, review, withdraw. Each change names the version it was based on;
 * the check and the write run in one SQLite transaction, and every change is a revision row (a save that loses
 * the race too), so nothing anyone typed is lost. Publishing and withdrawing update the knowledge base at once.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type {
  CreateNoteBody,
  ReviewNoteBody,
  SaveNoteBody,
  WithdrawNoteBody,
} from '../contract/note-requests.ts';
import { notFound, type NotesCore } from './core.ts';
import { checkComment, noteLimits, submitProblems } from './fields.ts';
import { createCommit, editorName, NoteConflict } from './note-commit.ts';
import { approvalRefusal, isExpert, isTopicOwner, mayEdit } from './permissions.ts';
import { changedFields, contentOf, emptyContent, resolveFields } from './resolve-fields.ts';
import type { NoteContent, NoteOrigin, NoteRecord, NoteStatus } from './types.ts';

const suppliedBy: Record<keyof NoteContent, keyof SaveNoteBody> = {
  title: 'title',
  body: 'body',
  topicId: 'topic',
  authorName: 'authorName',
  reviewDate: 'reviewDate',
  accessGroups: 'accessGroups',
  relatedDocuments: 'relatedDocumentIds',
};

function pickSupplied(content: NoteContent, body: SaveNoteBody): Partial<NoteContent> {
  const picked: Partial<NoteContent> = {};
  for (const [field, key] of Object.entries(suppliedBy) as [keyof NoteContent, keyof SaveNoteBody][]) {
    if (body[key] !== undefined) Object.assign(picked, { [field]: content[field] });
  }
  return picked;
}

export function createWorkflow(core: NotesCore) {
  const { notes } = core;

  const commit = createCommit(core);

  const stateError = (note: NoteRecord, message: string) => new NoteConflict(message, note.id, null);

  function working(id: string, user: User) {
    const { parts, view } = core.visible(id, user);
    if (view !== 'working')
      throw new AppError('forbidden', 'Alleen experts kunnen notities bewerken of beoordelen.');
    return parts;
  }

  return {
    async create(user: User, body: CreateNoteBody, origin: NoteOrigin = 'editor'): Promise<NoteRecord> {
      if (!isExpert(user)) throw new AppError('forbidden', 'Alleen experts kunnen notities schrijven.');
      const content = await resolveFields(core, user, body, { current: null });
      const now = core.now();
      const name = editorName(body.editorName);
      const note: NoteRecord = {
        ...content,
        id: randomUUID(),
        status: 'draft',
        version: 1,
        origin,
        createdBy: user.pseudonym,
        createdAt: now,
        updatedBy: user.pseudonym,
        updatedByName: name,
        updatedAt: now,
        publishedVersion: null,
        publishedAt: null,
        approvedByName: null,
        withdrawnAt: null,
        withdrawnReason: null,
        replacedBy: null,
        indexError: null,
      };
      notes.transaction(() => {
        notes.insert(note);
        notes.addRevision({
          ...content,
          noteId: note.id,
          version: 1,
          basedOnVersion: 0,
          action: 'created',
          status: 'draft',
          changedFields: changedFields(emptyContent(), content),
          savedBy: user.pseudonym,
          savedByName: name,
          savedAt: now,
          comment: null,
        });
      });
      return note;
    },

    async save(user: User, id: string, body: SaveNoteBody): Promise<NoteRecord> {
      const parts = working(id, user);
      if (!mayEdit(parts.note, user, parts.topic))
        throw new AppError('forbidden', 'U mag deze notitie niet bewerken.');
      const content = await resolveFields(core, user, body, { current: parts.note });
      const revived: NoteStatus[] = ['published', 'withdrawn'];
      return commit(
        user,
        id,
        body.expectedVersion,
        editorName(body.editorName),
        (note) => {
          // Fields the client left out keep the value they have now, not the one read before the await.
          const merged = { ...contentOf(note), ...pickSupplied(content, body) };
          if (changedFields(note, merged).length === 0) return null;
          const reopened = revived.includes(note.status);
          return {
            action: 'saved',
            next: {
              ...merged,
              // Editing a published note starts a revision; the published version stays live until approved.
              status: reopened ? 'draft' : note.status,
              ...(note.status === 'withdrawn'
                ? { withdrawnAt: null, withdrawnReason: null, replacedBy: null }
                : {}),
            },
          };
        },
        content,
      );
    },

    submit(user: User, id: string, body: { expectedVersion: number; editorName?: string }): NoteRecord {
      const parts = working(id, user);
      if (!mayEdit(parts.note, user, parts.topic))
        throw new AppError('forbidden', 'U mag deze notitie niet aanbieden.');
      return commit(user, id, body.expectedVersion, editorName(body.editorName), (note) => {
        if (note.status !== 'draft' && note.status !== 'changes-requested') {
          throw stateError(
            note,
            `Alleen een concept kan ter beoordeling worden aangeboden (deze notitie is ${note.status}).`,
          );
        }
        const problems = submitProblems(note, core.today());
        if (problems.length > 0)
          throw new AppError('bad_request', `Nog niet compleet: ${problems.join('; ')}`);
        return { action: 'submitted', next: { status: 'in-review' } };
      });
    },

    async review(user: User, id: string, body: ReviewNoteBody): Promise<NoteRecord> {
      const parts = working(id, user);
      if (!isExpert(user) && !isTopicOwner(parts.topic, user)) {
        throw new AppError('forbidden', 'Alleen experts of de eigenaar van het onderwerp kunnen beoordelen.');
      }
      const comment = checkComment(body.comment, 'De opmerking', noteLimits.commentMax);
      if (body.decision !== 'approved' && comment.text === null)
        comment.problems.push('Schrijf een opmerking');
      if (body.decision !== 'comment' && body.expectedVersion === undefined)
        comment.problems.push('expectedVersion ontbreekt');
      if (comment.problems.length > 0)
        throw new AppError('bad_request', `Ongeldige invoer: ${comment.problems.join('; ')}`);
      const name = editorName(body.reviewerName);
      const review = (version: number) => ({
        noteId: id,
        version,
        reviewer: user.pseudonym,
        reviewerName: name,
        decision: body.decision,
        comment: comment.text,
        createdAt: core.now(),
      });
      if (body.decision === 'comment') {
        return notes.transaction(() => {
          const note = notes.get(id);
          if (!note) throw notFound();
          if (note.status === 'withdrawn')
            throw stateError(note, 'Een ingetrokken notitie kan geen opmerkingen meer krijgen.');
          notes.addReview(review(note.version));
          return note;
        });
      }
      const approving = body.decision === 'approved';
      const reviewed = commit(user, id, body.expectedVersion ?? -1, name, (note) => {
        if (note.status !== 'in-review')
          throw stateError(note, 'De notitie is niet ter beoordeling aangeboden.');
        if (approving) {
          const refusal = approvalRefusal(user, parts.topic, notes.contributors(id));
          if (refusal) throw new AppError('forbidden', refusal);
        }
        return {
          action: approving ? 'approved' : 'changes-requested',
          comment: comment.text,
          next: approving
            ? {
                status: 'published',
                publishedVersion: note.version + 1,
                publishedAt: core.now(),
                approvedByName: name,
                indexError: null,
              }
            : { status: 'changes-requested' },
          after: () => notes.addReview(review(note.version)),
        };
      });
      // Published means searchable now: the knowledge base is written before the answer goes out.
      if (approving) await core.project(id);
      return notes.get(id) ?? reviewed;
    },

    async withdraw(user: User, id: string, body: WithdrawNoteBody): Promise<NoteRecord> {
      const parts = working(id, user);
      const allowed =
        isExpert(user) || isTopicOwner(parts.topic, user) || parts.note.createdBy === user.pseudonym;
      if (!allowed) throw new AppError('forbidden', 'U mag deze notitie niet intrekken.');
      const reason = checkComment(body.reason, 'De reden', noteLimits.reasonMax);
      if (body.replacedBy !== undefined) {
        if (body.replacedBy === id) reason.problems.push('Een notitie kan zichzelf niet vervangen');
        else core.visible(body.replacedBy, user);
      }
      if (reason.problems.length > 0)
        throw new AppError('bad_request', `Ongeldige invoer: ${reason.problems.join('; ')}`);
      const withdrawn = commit(user, id, body.expectedVersion, editorName(body.editorName), (note) => {
        if (note.status === 'withdrawn') throw stateError(note, 'De notitie is al ingetrokken.');
        return {
          action: 'withdrawn',
          comment: reason.text,
          next: {
            status: 'withdrawn',
            publishedVersion: null,
            publishedAt: null,
            approvedByName: null,
            withdrawnAt: core.now(),
            withdrawnReason: reason.text,
            replacedBy: body.replacedBy ?? null,
            indexError: null,
          },
        };
      });
      await core.project(id);
      return notes.get(id) ?? withdrawn;
    },
  };
}

export type NoteWorkflow = ReturnType<typeof createWorkflow>;
