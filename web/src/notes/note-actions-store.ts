/**
 * One note and what can be done with it from its page: submit, comment, ask for changes, approve,
 * withdraw. A refused step keeps the server's reason; a step that met a newer version (409) shows that
 * version, so the page never acts on an old one.
 */
import type { NoteView, ReviewDecision } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { createState, type ReadableStore } from '../admin/store.ts';
import type { Result } from '../result.ts';
import type { NoteFailure, NotesClient } from './notes-client.ts';

export type NoteNotice =
  { kind: 'submitted' } | { kind: 'reviewed'; decision: ReviewDecision } | { kind: 'withdrawn' };

export type NoteAction = 'submit' | 'review' | 'withdraw';

export interface NoteActionsSnapshot {
  note: { state: 'loading' } | { state: 'ok'; value: NoteView } | { state: 'failed'; failure: ApiFailure };
  busy: NoteAction | null;
  notice: NoteNotice | null;
  /** Why the last step was refused. */
  refusal: NoteFailure | null;
  /** A comment or a request for changes was sent without a comment. */
  commentMissing: boolean;
}

export interface NoteActionsStore extends ReadableStore<NoteActionsSnapshot> {
  load(): Promise<void>;
  submit(): Promise<boolean>;
  review(decision: ReviewDecision, comment: string): Promise<boolean>;
  withdraw(reason: string): Promise<boolean>;
}

export function createNoteActionsStore(options: {
  client: Pick<NotesClient, 'get' | 'submit' | 'review' | 'withdraw'>;
  noteId: string;
  /** Show the version in the knowledge base rather than the working copy. */
  published?: boolean;
  /** The user's name for the history. */
  name?: () => string | undefined;
}): NoteActionsStore {
  const { client, noteId } = options;
  const state = createState<NoteActionsSnapshot>({
    note: { state: 'loading' },
    busy: null,
    notice: null,
    refusal: null,
    commentMissing: false,
  });

  const current = (): NoteView | null => {
    const { note } = state.getSnapshot();
    return note.state === 'ok' ? note.value : null;
  };

  /** Runs one step; on success the note as it is now, with a notice. */
  async function step(
    action: NoteAction,
    run: (note: NoteView, name: string | undefined) => Promise<Result<NoteView, NoteFailure>>,
    notice: NoteNotice,
  ): Promise<boolean> {
    const note = current();
    if (!note || state.getSnapshot().busy) return false;
    state.set({ busy: action, notice: null, refusal: null, commentMissing: false });
    const result = await run(note, options.name?.());
    if (result.ok) {
      state.set({ busy: null, note: { state: 'ok', value: result.value }, notice });
      return true;
    }
    const refusal = result.reason;
    state.set({
      busy: null,
      refusal,
      ...(refusal.kind === 'conflict' ? { note: { state: 'ok' as const, value: refusal.current } } : {}),
    });
    return false;
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    async load() {
      const result = await client.get(noteId, options.published ? 'published' : 'current');
      state.set({
        note: result.ok ? { state: 'ok', value: result.value } : { state: 'failed', failure: result.reason },
      });
    },
    submit: () =>
      step(
        'submit',
        (note, name) =>
          client.submit(noteId, { expectedVersion: note.version, ...(name ? { editorName: name } : {}) }),
        { kind: 'submitted' },
      ),
    review(decision, comment) {
      const text = comment.trim();
      if (decision !== 'approved' && text === '') {
        state.set({ commentMissing: true, notice: null, refusal: null });
        return Promise.resolve(false);
      }
      return step(
        'review',
        (note, name) =>
          client.review(noteId, {
            decision,
            ...(text ? { comment: text } : {}),
            ...(decision === 'comment' ? {} : { expectedVersion: note.version }),
            ...(name ? { reviewerName: name } : {}),
          }),
        { kind: 'reviewed', decision },
      );
    },
    withdraw(reason) {
      const text = reason.trim();
      return step(
        'withdraw',
        (note, name) =>
          client.withdraw(noteId, {
            expectedVersion: note.version,
            ...(text ? { reason: text } : {}),
            ...(name ? { editorName: name } : {}),
          }),
        { kind: 'withdrawn' },
      );
    },
  };
}
