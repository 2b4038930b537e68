/**
 * The note editor's state: what is typed, and autosave. A change waits `delayMs` for more typing, then is
 * sent with the version it was based on. A new note is created by its first save (once it has a title).
 * When someone else saved in between, the server answers 409 with the note as it is now: the editor stops
 * saving, keeps the user's text, and lets the user load the other version or save theirs over it (the
 * other version stays in the history, as does the save that lost, so nothing anyone typed is lost).
 */
import type { NoteView } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api/client.ts';
import { createState, refuseSubmit, type ReadableStore } from '../admin/store.ts';
import { fail, ok, type Result } from '../result.ts';
import type { NoteConflict, NotesClient } from './notes-client.ts';
import {
  emptyValues,
  localProblems,
  refusal,
  requestFields,
  same,
  titleMin,
  valuesFromNote,
  type FieldErrors,
  type NoteValues,
} from './note-values.ts';

export type SaveState =
  | { kind: 'idle' }
  /** A new note is created once its title is long enough. */
  | { kind: 'waiting' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid' }
  | { kind: 'failed'; failure: ApiFailure }
  | { kind: 'conflict' };

export interface EditorSnapshot {
  noteId: string | null;
  /** The note as the server last returned it. */
  note: NoteView | null;
  version: number;
  values: NoteValues;
  save: SaveState;
  /** Problems per field: the server's sentences, or a check done here. */
  errors: FieldErrors;
  /** The server's problems that belong to no single field. */
  general: string[];
  conflict: NoteConflict | null;
  /** A failure of submitting that is not about the note's fields (offline, refused). */
  failure: ApiFailure | null;
  submitting: boolean;
  /** Failed submits so far; the page moves focus to the list of problems after each one. */
  attempt: number;
}

export interface EditorStore extends ReadableStore<EditorSnapshot> {
  setValue<Field extends keyof NoteValues>(field: Field, value: NoteValues[Field]): void;
  /** Saves what is typed now; true when everything typed is saved. */
  saveNow(): Promise<boolean>;
  submit(): Promise<Result<NoteView, 'invalid'>>;
  /** After a conflict: take the version that is saved now, dropping the user's unsaved text from the form. */
  useTheirs(): void;
  /** After a conflict: save the user's text as the newest version. */
  keepMine(): Promise<boolean>;
  dispose(): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => globalThis.setTimeout(callback, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createEditorStore(options: {
  client: Pick<NotesClient, 'create' | 'save' | 'submit'>;
  /** The note to edit; absent for a new one. */
  note?: NoteView | null;
  /** Values of a new note (a gap's question as title, the user's name as author, their groups). */
  initial?: Partial<NoteValues>;
  /** The knowledge gap a new note answers. */
  gapId?: string | null;
  /** The user's name for the history. */
  editorName?: () => string | undefined;
  delayMs?: number;
  timers?: Timers;
  now?: () => Date;
}): EditorStore {
  const timers = options.timers ?? browserTimers;
  const delayMs = options.delayMs ?? 1500;
  const now = options.now ?? (() => new Date());
  const editorName = () => options.editorName?.();
  const note = options.note ?? null;
  const state = createState<EditorSnapshot>({
    noteId: note?.id ?? null,
    note,
    version: note?.version ?? 0,
    values: note ? valuesFromNote(note) : { ...emptyValues(), ...options.initial },
    save: { kind: 'idle' },
    errors: {},
    general: [],
    conflict: null,
    failure: null,
    submitting: false,
    attempt: 0,
  });
  /** What the server holds as far as this editor knows: the values last saved (null: nothing yet). */
  let saved: NoteValues | null = note ? valuesFromNote(note) : null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;

  const dirty = () => !same(saved, state.getSnapshot().values);

  function cancelTimer() {
    if (timer !== null) timers.clear(timer);
    timer = null;
  }

  function schedule() {
    cancelTimer();
    const { noteId, values, conflict } = state.getSnapshot();
    if (conflict) return;
    if (noteId === null && values.title.trim().length < titleMin) {
      state.set({ save: { kind: 'waiting' } });
      return;
    }
    if (!dirty()) return;
    state.set({ save: { kind: 'pending' } });
    timer = timers.set(() => {
      timer = null;
      void saveNow();
    }, delayMs);
  }

  async function send(values: NoteValues): Promise<void> {
    const { noteId, version } = state.getSnapshot();
    const fields = requestFields(values);
    const name = editorName();
    const result =
      noteId === null
        ? await options.client.create({
            ...fields,
            // Left out, the server gives a new note the groups of its topic or of its author.
            accessGroups: fields.accessGroups.length > 0 ? fields.accessGroups : undefined,
            ...(options.gapId ? { gapId: options.gapId } : {}),
            ...(name ? { editorName: name } : {}),
          })
        : await options.client.save(noteId, {
            ...fields,
            expectedVersion: version,
            ...(name ? { editorName: name } : {}),
          });
    if (result.ok) {
      saved = values;
      const current = state.getSnapshot().values;
      // A new note's groups as the server chose them, unless the user picked some meanwhile.
      const adopt = noteId === null && values.accessGroups.length === 0 && current.accessGroups.length === 0;
      if (adopt) saved = { ...values, accessGroups: [...result.value.accessGroups] };
      state.set({
        noteId: result.value.id,
        note: result.value,
        version: result.value.version,
        save: { kind: 'saved', at: now().toISOString() },
        errors: {},
        general: [],
        ...(adopt ? { values: { ...current, accessGroups: [...result.value.accessGroups] } } : {}),
      });
      return;
    }
    const failure = result.reason;
    if (failure.kind === 'conflict') {
      state.set({ conflict: failure, save: { kind: 'conflict' } });
      return;
    }
    const refused = refusal(failure);
    if (refused && failure.kind === 'http' && (failure.status === 400 || failure.status === 413)) {
      state.set({ ...refused, save: { kind: 'invalid' } });
      return;
    }
    state.set({ save: { kind: 'failed', failure }, general: refused?.general ?? [] });
  }

  async function saveNow(): Promise<boolean> {
    cancelTimer();
    while (inFlight) await inFlight;
    const snapshot = state.getSnapshot();
    if (snapshot.conflict) return false;
    if (!dirty()) return snapshot.noteId !== null;
    const local = localProblems(snapshot.values);
    if (Object.keys(local).length > 0) {
      // A new note without a title is not refused, only not created yet.
      if (snapshot.noteId === null && !local.body) state.set({ save: { kind: 'waiting' } });
      else state.set({ errors: local, general: [], save: { kind: 'invalid' } });
      return false;
    }
    state.set({ save: { kind: 'saving' } });
    inFlight = send(snapshot.values);
    await inFlight;
    inFlight = null;
    const after = state.getSnapshot();
    if (after.save.kind !== 'saved') return false;
    // Typed while the save was on its way: that waits for its own turn.
    if (dirty()) {
      schedule();
      return false;
    }
    return true;
  }

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    setValue(field, value) {
      const { errors } = state.getSnapshot();
      const { [field]: _fixed, ...rest } = errors as Record<string, unknown>;
      state.set({
        values: { ...state.getSnapshot().values, [field]: value },
        errors: field in errors ? (rest as FieldErrors) : errors,
      });
      schedule();
    },
    saveNow,
    async submit() {
      if (state.getSnapshot().submitting) return fail('invalid');
      state.set({ submitting: true, failure: null });
      const refuse = refuseSubmit(state);
      const stored = await saveNow();
      const { noteId, version, conflict, save } = state.getSnapshot();
      if (conflict) return refuse({});
      if (!stored || noteId === null) {
        if (save.kind === 'failed') return refuse({ failure: save.failure });
        if (noteId === null && save.kind === 'waiting')
          return refuse({ errors: localProblems(state.getSnapshot().values) });
        return refuse({});
      }
      const name = editorName();
      const result = await options.client.submit(noteId, {
        expectedVersion: version,
        ...(name ? { editorName: name } : {}),
      });
      if (result.ok) {
        state.set({
          submitting: false,
          note: result.value,
          version: result.value.version,
          errors: {},
          general: [],
        });
        return ok(result.value);
      }
      const failure = result.reason;
      if (failure.kind === 'conflict') return refuse({ conflict: failure, save: { kind: 'conflict' } });
      const refused = failure.kind === 'http' && failure.status === 400 ? refusal(failure) : null;
      return refused ? refuse(refused) : refuse({ failure });
    },
    useTheirs() {
      const { conflict } = state.getSnapshot();
      if (!conflict) return;
      cancelTimer();
      saved = valuesFromNote(conflict.current);
      state.set({
        conflict: null,
        note: conflict.current,
        noteId: conflict.current.id,
        version: conflict.current.version,
        values: valuesFromNote(conflict.current),
        errors: {},
        general: [],
        save: { kind: 'idle' },
      });
    },
    async keepMine() {
      const { conflict } = state.getSnapshot();
      if (!conflict) return false;
      // Based on the version that is saved now; what the user has typed becomes the next version.
      saved = null;
      state.set({ conflict: null, note: conflict.current, version: conflict.current.version });
      return saveNow();
    },
    dispose: cancelTimer,
  };
}
