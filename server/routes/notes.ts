import type { Context } from 'hono';
import {
  createNoteRoute,
  getNoteRoute,
  getRevisionRoute,
  listNotesRoute,
  listRevisionsRoute,
  reviewNoteRoute,
  saveNoteRoute,
  submitNoteRoute,
  withdrawNoteRoute,
} from '../contract/notes.ts';
import { createRouter } from '../http/openapi.ts';
import type { AppEnv, User } from '../http/types.ts';
import { NoteConflict, type KnowledgeNotes } from '../notes/index.ts';
import { jsonLimit, limited } from './notes-limits.ts';
import { notesExchangeRoutes } from './notes-exchange.ts';

/** Knowledge notes: write, review, publish, withdraw; with the topics, interview and exchange routes. */
export function notesRoutes(notes: KnowledgeNotes) {
  /** A 409 carries the note as it is now, so the client can merge; the losing save is kept as a revision. */
  async function guarded<Answer>(context: Context<AppEnv>, work: () => Promise<Answer>) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof NoteConflict)) throw error;
      const current = await notes.reads.get(context.get('user'), error.noteId, 'current');
      return context.json(
        {
          error: { code: 'conflict' as const, message: error.message },
          current,
          yourRevisionId: error.revisionId,
        },
        409,
      );
    }
  }

  const view = (user: User, note: Parameters<typeof notes.view>[1]) => notes.view(user, note);

  return (
    createRouter()
      // The fixed paths (`/topics`, `/import`, …) first: they would otherwise be read as a note id.
      .route('/', notesExchangeRoutes(notes))
      .openapi(listNotesRoute, (context) =>
        context.json(notes.reads.list(context.get('user'), context.req.valid('query')), 200),
      )
      .openapi(limited(createNoteRoute, jsonLimit), async (context) => {
        const user = context.get('user');
        const { gapId, ...body } = context.req.valid('json');
        if (gapId) notes.gaps.assertVisible(user, gapId);
        const note = await notes.workflow.create(user, body, gapId ? 'gap' : 'editor');
        if (gapId) notes.gaps.answer(user, gapId, note.id);
        return context.json(await view(user, note), 201);
      })
      .openapi(getNoteRoute, async (context) =>
        context.json(
          await notes.reads.get(
            context.get('user'),
            context.req.valid('param').id,
            context.req.valid('query').version,
          ),
          200,
        ),
      )
      .openapi(limited(saveNoteRoute, jsonLimit), (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = await notes.workflow.save(
            user,
            context.req.valid('param').id,
            context.req.valid('json'),
          );
          return context.json(await view(user, note), 200);
        }),
      )
      .openapi(limited(submitNoteRoute, jsonLimit), (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = notes.workflow.submit(user, context.req.valid('param').id, context.req.valid('json'));
          return context.json(await view(user, note), 200);
        }),
      )
      .openapi(limited(reviewNoteRoute, jsonLimit), (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = await notes.workflow.review(
            user,
            context.req.valid('param').id,
            context.req.valid('json'),
          );
          return context.json(await view(user, note), 201);
        }),
      )
      .openapi(limited(withdrawNoteRoute, jsonLimit), (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = await notes.workflow.withdraw(
            user,
            context.req.valid('param').id,
            context.req.valid('json'),
          );
          return context.json(await view(user, note), 200);
        }),
      )
      .openapi(listRevisionsRoute, (context) =>
        context.json(
          { revisions: notes.reads.revisions(context.get('user'), context.req.valid('param').id) },
          200,
        ),
      )
      .openapi(getRevisionRoute, (context) => {
        const { id, revisionId } = context.req.valid('param');
        return context.json(notes.reads.revision(context.get('user'), id, revisionId), 200);
      })
  );
}

/** The notes routes' type, for the typed web client (`hc<NotesRoutes>`). */
export type NotesRoutes = ReturnType<typeof notesRoutes>;
