import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  createNoteRoute,
  createTopicRoute,
  documentOptionsRoute,
  exportNotesRoute,
  getInterviewPromptsRoute,
  getNoteRoute,
  getRevisionRoute,
  importNotesRoute,
  interviewRoute,
  listNotesRoute,
  listRevisionsRoute,
  listTopicsRoute,
  reviewNoteRoute,
  saveNoteRoute,
  submitNoteRoute,
  updateTopicRoute,
  withdrawNoteRoute,
} from '../contract/notes.ts';
import type { ImportBody } from '../contract/note-requests.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import type { AppEnv, User } from '../http/types.ts';
import { filesFromUploads, interviewPrompts, NoteConflict, type KnowledgeNotes } from '../notes/index.ts';

// A note body is at most 100 kB; a request up to 1 MB reaches the field checks, which say exactly what is too big.
const jsonLimit = bodyLimit({
  maxSize: 1_000_000,
  onError: () => {
    throw new AppError(
      'payload_too_large',
      'Het verzoek is te groot (hoogstens 1 MB); een notitie mag 100 kB tekst hebben.',
    );
  },
});
const importLimit = bodyLimit({
  maxSize: 12_000_000,
  onError: () => {
    throw new AppError('payload_too_large', 'De import is te groot (hoogstens 10 MB).');
  },
});

/** The route with a body-size limit in front of its validation (the limit is transport, not contract). */
const limited = <Route extends RouteConfig>(route: Route, limit: MiddlewareHandler) => ({
  ...route,
  middleware: limit,
});

/** Knowledge notes: write, review, publish, withdraw; topics, interviews, imports and exports. */
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

  return createRouter()
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
    .openapi(listTopicsRoute, (context) =>
      context.json({ topics: notes.reads.topics(context.get('user')) }, 200),
    )
    .openapi(limited(createTopicRoute, jsonLimit), (context) => {
      const { topic, created } = notes.topics.create(context.get('user'), context.req.valid('json'));
      return created ? context.json(topic, 201) : context.json(topic, 200);
    })
    .openapi(limited(updateTopicRoute, jsonLimit), (context) =>
      context.json(
        notes.topics.update(
          context.get('user'),
          context.req.valid('param').topicId,
          context.req.valid('json'),
        ),
        200,
      ),
    )
    .openapi(getInterviewPromptsRoute, (context) => context.json({ prompts: [...interviewPrompts] }, 200))
    .openapi(limited(interviewRoute, jsonLimit), async (context) => {
      const user = context.get('user');
      const note = await notes.exchange.interview(user, context.req.valid('json'));
      return context.json(await view(user, note), 201);
    })
    .openapi(documentOptionsRoute, async (context) => {
      const { q, limit } = context.req.valid('query');
      const documents = await notes.reads.documentOptions(context.get('user'), q, limit);
      return context.json({ documents }, 200);
    })
    .openapi(exportNotesRoute, async (context) => {
      const { zip, count } = await notes.exchange.exportZip(context.get('user'));
      const day = new Date().toISOString().slice(0, 10);
      return context.body(Buffer.from(zip), 200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="ervaringskennis-${day}.zip"`,
        'X-Note-Count': String(count),
      });
    })
    .openapi(limited(importNotesRoute, importLimit), async (context) => {
      const user = context.get('user');
      const type = context.req.header('content-type') ?? '';
      const uploads: { fileName: string; bytes: Uint8Array }[] = [];
      if (type.includes('multipart/form-data')) {
        // Any field holding files counts; the contract names `files`.
        for (const value of Object.values(context.req.valid('form')).flat()) {
          if (value instanceof File)
            uploads.push({ fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
        }
      } else {
        // Without a JSON content type the validator hands over `{}`: nothing was sent.
        const body = context.req.valid('json') as Partial<ImportBody>;
        for (const file of body.files ?? [])
          uploads.push({ fileName: file.fileName, bytes: new TextEncoder().encode(file.content) });
      }
      if (uploads.length === 0)
        throw new AppError('bad_request', 'Ongeldige invoer: geen bestanden meegestuurd');
      const { files, rejected } = filesFromUploads(uploads);
      return context.json(await notes.exchange.importFiles(user, files, rejected), 200);
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
    });
}

/** The notes routes' type, for the typed web client (`hc<NotesRoutes>`). */
export type NotesRoutes = ReturnType<typeof notesRoutes>;
