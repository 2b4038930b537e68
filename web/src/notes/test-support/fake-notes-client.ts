/**
 * A fake of our NotesClient: answers from fixtures, records every call, and lets a test hold a call open
 * (to type while a save is on its way) or script its answers.
 */
import type { NoteView } from '../../../../server/contract/index.ts';
import { ok } from '../../result.ts';
import type { NotesClient } from '../notes-client.ts';
import { gapView, noteSummary, noteView, topics } from './notes-fixtures.ts';

export function fakeNotesClient(overrides: Partial<NotesClient> = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  let version = 1;
  /** The note as the fake server holds it: each save bumps the version. */
  const saved = (id: string, fields: Partial<NoteView>): NoteView =>
    noteView({ id, version: ++version, ...fields });

  const defaults: NotesClient = {
    list: async () => ok({ notes: [noteSummary()], total: 1 }),
    get: async (id) => ok(noteView({ id })),
    create: async (body) => {
      version = 1;
      return ok(noteView({ title: body.title, accessGroups: body.accessGroups ?? ['medewerkers'], version }));
    },
    save: async (id, body) => ok(saved(id, { title: body.title ?? 'x', body: body.body ?? '' })),
    submit: async (id) => ok(saved(id, { status: 'in-review' })),
    review: async (id, body) =>
      ok(
        saved(id, {
          status:
            body.decision === 'approved'
              ? 'published'
              : body.decision === 'changes-requested'
                ? 'changes-requested'
                : 'in-review',
        }),
      ),
    withdraw: async (id) => ok(saved(id, { status: 'withdrawn' })),
    revisions: async () => ok({ revisions: [] }),
    revision: async () => {
      throw new Error('no revision in this test');
    },
    topics: async () => ok({ topics }),
    interviewPrompts: async () =>
      ok({
        prompts: [
          { id: 'uitzonderingen', question: 'Welke uitzonderingen maakt u, en waarom?', hint: 'Gevallen.' },
          { id: 'contacten', question: 'Wie belt of mailt u waarvoor?', hint: 'Afdelingen.' },
        ],
      }),
    interview: async (body) => ok(noteView({ title: body.title ?? 'x', origin: 'interview' })),
    documentOptions: async () =>
      ok({
        documents: [
          {
            id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
            title: 'Beleidsregels parkeervergunningen Groningen 2025',
            source: 'voorbeeld',
            relativePath: 'beleidsregels-parkeervergunningen-2025.pdf',
            format: 'pdf',
          },
        ],
      }),
    gaps: async () => ok({ gaps: [gapView()] }),
    gap: async (id) => ok(gapView({ id })),
  };
  const merged = { ...defaults, ...overrides };
  const client = Object.fromEntries(
    Object.entries(merged).map(([method, implementation]) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args });
        return (implementation as (...args: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as NotesClient;
  const callsOf = (method: keyof NotesClient) =>
    calls.filter((call) => call.method === method).map((call) => call.args);
  return { client, calls, callsOf };
}

/** Timers a test fires by hand: `run()` runs every callback that is due, in order. */
export function manualTimers() {
  let next = 0;
  const pending = new Map<number, () => void>();
  return {
    timers: {
      set: (callback: () => void) => {
        pending.set(++next, callback);
        return next;
      },
      clear: (handle: unknown) => {
        pending.delete(handle as number);
      },
    },
    pending: () => pending.size,
    run() {
      const due = [...pending.values()];
      pending.clear();
      for (const callback of due) callback();
    },
  };
}
