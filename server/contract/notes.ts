/**
 * The knowledge-notes routes (`/api/notes`) as declared for the OpenAPI document and the typed web client;
 * `server/routes/notes.ts` implements them. Wire shapes: `note-views.ts` (responses), `note-requests.ts`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonResponse } from './common.ts';
import {
  createNoteSchema,
  createTopicSchema,
  documentOptionsQuery,
  getNoteQuery,
  importFormSchema,
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
} from './note-requests.ts';
import {
  DocumentOptionsSchema,
  ImportResultSchema,
  InterviewPromptsSchema,
  NoteConflictSchema,
  NoteListSchema,
  NoteViewSchema,
  RevisionListSchema,
  RevisionViewSchema,
  TopicListSchema,
  TopicViewSchema,
} from './note-views.ts';

const tags = ['ervaringskennis'];
const json = <Schema extends z.ZodType>(schema: Schema) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const note = (description: string) => jsonResponse(NoteViewSchema, description);
const conflict = jsonResponse(
  NoteConflictSchema,
  'Versieconflict: met `current`, de notitie zoals die nu is, en `yourRevisionId`, uw bewaarde wijziging',
);
/** A change to a note: 400 lists every problem, 403 names the refused step, 409 carries the note as it is now. */
const change = { ...errorResponses(400, 403, 404, 413, 415), 409: conflict };

export const listNotesRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  operationId: 'listNotes',
  summary: 'Notities die u mag zien (experts: ook concepten; anderen: de gepubliceerde versie)',
  request: { query: listNotesQuery },
  responses: { 200: jsonResponse(NoteListSchema, 'Notities'), ...errorResponses(400) },
});

export const createNoteRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  operationId: 'createNote',
  summary: 'Nieuw concept (experts)',
  request: { body: json(createNoteSchema) },
  responses: { 201: note('Aangemaakt'), ...errorResponses(400, 403, 404, 413, 415) },
});

export const listTopicsRoute = createRoute({
  method: 'get',
  path: '/topics',
  tags,
  operationId: 'listTopics',
  summary: 'Onderwerpen met eigenaar en standaardgroepen',
  responses: { 200: jsonResponse(TopicListSchema, 'Onderwerpen') },
});

export const createTopicRoute = createRoute({
  method: 'post',
  path: '/topics',
  tags,
  operationId: 'createTopic',
  summary: 'Onderwerp toevoegen (experts); bestaat het al, dan komt het bestaande terug (200)',
  request: { body: json(createTopicSchema) },
  responses: {
    200: jsonResponse(TopicViewSchema, 'Bestond al'),
    201: jsonResponse(TopicViewSchema, 'Toegevoegd'),
    ...errorResponses(400, 403, 413, 415),
  },
});

export const updateTopicRoute = createRoute({
  method: 'put',
  path: '/topics/{topicId}',
  tags,
  operationId: 'updateTopic',
  summary: 'Naam, eigenaar (gebruikers-id, gepseudonimiseerd opgeslagen) en standaardgroepen (beheerder)',
  request: { params: topicIdParam, body: json(updateTopicSchema) },
  responses: { 200: jsonResponse(TopicViewSchema, 'Gewijzigd'), ...errorResponses(400, 403, 404, 413, 415) },
});

export const getInterviewPromptsRoute = createRoute({
  method: 'get',
  path: '/interview',
  tags,
  operationId: 'getInterviewPrompts',
  summary: 'De vragen van het interview',
  responses: { 200: jsonResponse(InterviewPromptsSchema, 'Vragen') },
});

export const interviewRoute = createRoute({
  method: 'post',
  path: '/interview',
  tags,
  operationId: 'createNoteFromInterview',
  summary: 'Antwoorden op het interview worden een concept (zonder taalmodel)',
  request: { body: json(interviewSchema) },
  responses: { 201: note('Concept'), ...errorResponses(400, 403, 413, 415) },
});

export const documentOptionsRoute = createRoute({
  method: 'get',
  path: '/document-options',
  tags,
  operationId: 'listDocumentOptions',
  summary: 'Geïndexeerde documenten om aan een notitie te koppelen',
  request: { query: documentOptionsQuery },
  responses: { 200: jsonResponse(DocumentOptionsSchema, 'Documenten'), ...errorResponses(400) },
});

export const exportNotesRoute = createRoute({
  method: 'get',
  path: '/export',
  tags,
  operationId: 'exportNotes',
  summary:
    'Alle gepubliceerde notities die u mag zien, als ZIP met Markdown-bestanden met front matter (experts)',
  responses: {
    200: {
      description: 'ZIP; de kop `X-Note-Count` zegt hoeveel notities erin zitten',
      headers: z.object({
        'X-Note-Count': z.string().openapi({ description: 'Aantal notities in de ZIP' }),
        'Content-Disposition': z.string(),
      }),
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errorResponses(403),
  },
});

export const importNotesRoute = createRoute({
  method: 'post',
  path: '/import',
  tags,
  operationId: 'importNotes',
  summary: 'Markdown-bestanden (of een ZIP daarmee) worden concepten; nooit direct gepubliceerd',
  request: {
    // Not `required`: with two media types, each is validated only when it is the one sent.
    body: {
      description: 'Eén van beide: een multipart-upload (`files`) of de JSON-vorm',
      content: {
        'multipart/form-data': { schema: importFormSchema },
        'application/json': { schema: importJsonSchema },
      },
    },
  },
  responses: {
    200: jsonResponse(ImportResultSchema, 'Per bestand gelukt of niet, met reden'),
    ...errorResponses(400, 403, 413, 415),
  },
});

export const getNoteRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  operationId: 'getNote',
  summary: 'Eén notitie; `version=published` geeft de gepubliceerde versie',
  request: { params: noteIdParam, query: getNoteQuery },
  responses: { 200: note('Notitie'), ...errorResponses(400, 404) },
});

export const saveNoteRoute = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  operationId: 'saveNote',
  summary: 'Opslaan (ook automatisch); weggelaten velden blijven zoals ze zijn',
  request: { params: noteIdParam, body: json(saveNoteSchema) },
  responses: { 200: note('Opgeslagen'), ...change },
});

export const submitNoteRoute = createRoute({
  method: 'post',
  path: '/{id}/submit',
  tags,
  operationId: 'submitNote',
  summary: 'Ter beoordeling aanbieden',
  request: { params: noteIdParam, body: json(submitNoteSchema) },
  responses: { 200: note('Ter beoordeling'), ...change },
});

export const reviewNoteRoute = createRoute({
  method: 'post',
  path: '/{id}/reviews',
  tags,
  operationId: 'reviewNote',
  summary: 'Opmerking, wijzigingen vragen, of goedkeuren (publiceert meteen in de kennisbank)',
  request: { params: noteIdParam, body: json(reviewNoteSchema) },
  responses: { 201: note('Beoordeling vastgelegd'), ...change },
});

export const withdrawNoteRoute = createRoute({
  method: 'post',
  path: '/{id}/withdraw',
  tags,
  operationId: 'withdrawNote',
  summary: 'Intrekken (verdwijnt meteen uit de kennisbank); eventueel met vervangende notitie',
  request: { params: noteIdParam, body: json(withdrawNoteSchema) },
  responses: { 200: note('Ingetrokken'), ...change },
});

export const listRevisionsRoute = createRoute({
  method: 'get',
  path: '/{id}/revisions',
  tags,
  operationId: 'listNoteRevisions',
  summary: 'Alle versies: wie wat wanneer veranderde (experts)',
  request: { params: noteIdParam },
  responses: { 200: jsonResponse(RevisionListSchema, 'Revisies'), ...errorResponses(400, 403, 404) },
});

export const getRevisionRoute = createRoute({
  method: 'get',
  path: '/{id}/revisions/{revisionId}',
  tags,
  operationId: 'getNoteRevision',
  summary: 'Eén revisie met de volledige inhoud',
  request: { params: revisionParam },
  responses: { 200: jsonResponse(RevisionViewSchema, 'Revisie'), ...errorResponses(400, 403, 404) },
});
