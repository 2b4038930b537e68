import type { ImportBody } from '../contract/note-requests.ts';
import {
  createTopicRoute,
  documentOptionsRoute,
  exportNotesRoute,
  getInterviewPromptsRoute,
  importNotesRoute,
  interviewRoute,
  listTopicsRoute,
  updateTopicRoute,
} from '../contract/notes.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import { filesFromUploads, interviewPrompts, type KnowledgeNotes } from '../notes/index.ts';
import { importLimit, jsonLimit, limited } from './notes-limits.ts';

/** Around the notes: topics, the guided interview, documents to link, and Markdown export and import. */
export function notesExchangeRoutes(notes: KnowledgeNotes) {
  return createRouter()
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
      return context.json(await notes.view(user, note), 201);
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
    });
}
