import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';
import type { AppEnv, User } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import {
  filesFromUploads,
  interviewPrompts,
  NoteConflict,
  type KnowledgeNotes,
  type DocumentOptionsResponse,
  type ImportResponse,
  type InterviewPromptsResponse,
  type NoteConflictBody,
  type NoteListResponse,
  type NoteView,
  type RevisionListResponse,
  type RevisionView,
  type TopicListResponse,
  type TopicView,
} from '../notes/index.ts';
import {
  createNoteSchema,
  createTopicSchema,
  documentOptionsQuery,
  getNoteQuery,
  importJsonSchema,
  interviewSchema,
  listNotesQuery,
  noteIdParam,
  reviewNoteSchema,
  revisionParam,
  saveNoteSchema,
  submitNoteSchema,
  topicIdParam,
  updateTopicSchema,
  withdrawNoteSchema,
} from '../notes/requests.ts';

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

export function notesRoutes(notes: KnowledgeNotes) {
  /** A 409 carries the note as it is now, so the client can merge; the losing save is kept as a revision. */
  async function guarded(context: Context<AppEnv>, work: () => Promise<Response>): Promise<Response> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof NoteConflict)) throw error;
      const current = await notes.reads.get(context.get('user'), error.noteId, 'current');
      return context.json<NoteConflictBody>(
        { error: { code: 'conflict', message: error.message }, current, yourRevisionId: error.revisionId },
        409,
      );
    }
  }

  const view = (user: User, note: Parameters<typeof notes.view>[1]) => notes.view(user, note);

  return new Hono<AppEnv>()
    .get('/', validate('query', listNotesQuery), (context) => {
      const query = context.req.valid('query');
      return context.json<NoteListResponse>(notes.reads.list(context.get('user'), query));
    })
    .post('/', jsonLimit, validate('json', createNoteSchema), async (context) => {
      const user = context.get('user');
      const { gapId, ...body } = context.req.valid('json');
      if (gapId) notes.gaps.assertVisible(user, gapId);
      const note = await notes.workflow.create(user, body, gapId ? 'gap' : 'editor');
      if (gapId) notes.gaps.answer(user, gapId, note.id);
      return context.json<NoteView>(await view(user, note), 201);
    })
    .get('/topics', (context) =>
      context.json<TopicListResponse>({ topics: notes.reads.topics(context.get('user')) }),
    )
    .post('/topics', jsonLimit, validate('json', createTopicSchema), (context) => {
      const { topic, created } = notes.topics.create(context.get('user'), context.req.valid('json'));
      return context.json<TopicView>(topic, created ? 201 : 200);
    })
    .put(
      '/topics/:topicId',
      jsonLimit,
      validate('param', topicIdParam),
      validate('json', updateTopicSchema),
      (context) =>
        context.json<TopicView>(
          notes.topics.update(
            context.get('user'),
            context.req.valid('param').topicId,
            context.req.valid('json'),
          ),
        ),
    )
    .get('/interview', (context) =>
      context.json<InterviewPromptsResponse>({ prompts: [...interviewPrompts] }),
    )
    .post('/interview', jsonLimit, validate('json', interviewSchema), async (context) => {
      const user = context.get('user');
      const note = await notes.exchange.interview(user, context.req.valid('json'));
      return context.json<NoteView>(await view(user, note), 201);
    })
    .get('/document-options', validate('query', documentOptionsQuery), async (context) => {
      const { q, limit } = context.req.valid('query');
      const documents = await notes.reads.documentOptions(context.get('user'), q, limit);
      return context.json<DocumentOptionsResponse>({ documents });
    })
    .get('/export', async (context) => {
      const { zip, count } = await notes.exchange.exportZip(context.get('user'));
      const day = new Date().toISOString().slice(0, 10);
      return new Response(Buffer.from(zip), {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="ervaringskennis-${day}.zip"`,
          'X-Note-Count': String(count),
        },
      });
    })
    .post('/import', importLimit, async (context) => {
      const user = context.get('user');
      const type = context.req.header('content-type') ?? '';
      if (type.includes('multipart/form-data')) {
        const form = await context.req.parseBody({ all: true });
        const uploads = [];
        for (const value of Object.values(form).flat()) {
          if (value instanceof File)
            uploads.push({ fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
        }
        if (uploads.length === 0)
          throw new AppError('bad_request', 'Ongeldige invoer: geen bestanden meegestuurd');
        const { files, rejected } = filesFromUploads(uploads);
        return context.json<ImportResponse>(await notes.exchange.importFiles(user, files, rejected));
      }
      const parsed = importJsonSchema.safeParse(await context.req.json().catch(() => null));
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || 'json'}: ${issue.message}`,
        );
        throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);
      }
      const { files, rejected } = filesFromUploads(
        parsed.data.files.map((file) => ({
          fileName: file.fileName,
          bytes: new TextEncoder().encode(file.content),
        })),
      );
      return context.json<ImportResponse>(await notes.exchange.importFiles(user, files, rejected));
    })
    .get('/:id', validate('param', noteIdParam), validate('query', getNoteQuery), async (context) => {
      const wanted = context.req.valid('query').version;
      return context.json<NoteView>(
        await notes.reads.get(context.get('user'), context.req.valid('param').id, wanted),
      );
    })
    .put('/:id', jsonLimit, validate('param', noteIdParam), validate('json', saveNoteSchema), (context) =>
      guarded(context, async () => {
        const user = context.get('user');
        const note = await notes.workflow.save(
          user,
          context.req.valid('param').id,
          context.req.valid('json'),
        );
        return context.json<NoteView>(await view(user, note));
      }),
    )
    .post(
      '/:id/submit',
      jsonLimit,
      validate('param', noteIdParam),
      validate('json', submitNoteSchema),
      (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = notes.workflow.submit(user, context.req.valid('param').id, context.req.valid('json'));
          return context.json<NoteView>(await view(user, note));
        }),
    )
    .post(
      '/:id/reviews',
      jsonLimit,
      validate('param', noteIdParam),
      validate('json', reviewNoteSchema),
      (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = await notes.workflow.review(
            user,
            context.req.valid('param').id,
            context.req.valid('json'),
          );
          return context.json<NoteView>(await view(user, note), 201);
        }),
    )
    .post(
      '/:id/withdraw',
      jsonLimit,
      validate('param', noteIdParam),
      validate('json', withdrawNoteSchema),
      (context) =>
        guarded(context, async () => {
          const user = context.get('user');
          const note = await notes.workflow.withdraw(
            user,
            context.req.valid('param').id,
            context.req.valid('json'),
          );
          return context.json<NoteView>(await view(user, note));
        }),
    )
    .get('/:id/revisions', validate('param', noteIdParam), (context) =>
      context.json<RevisionListResponse>({
        revisions: notes.reads.revisions(context.get('user'), context.req.valid('param').id),
      }),
    )
    .get('/:id/revisions/:revisionId', validate('param', revisionParam), (context) => {
      const { id, revisionId } = context.req.valid('param');
      return context.json<RevisionView>(notes.reads.revision(context.get('user'), id, revisionId));
    });
}
