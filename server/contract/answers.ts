/**
 * `/api/answers/{id}`: the provenance record of an answer, and feedback on it. The record's fields are described
 * once, here; the answer store parses stored records with the same fields (`provenance/answer-record.ts`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { AnswerStatusSchema, AnswerTimingsSchema, ModelRefSchema } from './chat.ts';
import { errorResponses, jsonResponse, orNull } from './common.ts';
import { RetrievalModeSchema } from './passage.ts';

export const AnswerIdParamsSchema = z.object({
  id: z
    .uuid('ongeldig antwoord-id')
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Antwoord-id (UUID)' }),
});

/** Everything needed to re-check an answer later, except when it was asked (a Date inside, ISO on the wire). */
export const answerRecordFields = z.object({
  id: z.string(),
  question: z.string(),
  userPseudonym: z.string().openapi({ description: 'Pseudoniem van de vrager: geen naam of id' }),
  accessGroups: z
    .array(z.string())
    .openapi({ description: 'Groepen van de vrager op dat moment: wat die kon zien' }),
  status: AnswerStatusSchema,
  answerText: z.string(),
  dontKnowReason: z.string().nullable(),
  retrievalMode: RetrievalModeSchema,
  lexicalReason: z.string().nullable(),
  filters: z.record(z.string(), z.unknown()).openapi({ description: 'De filters van de vraag' }),
  retrieved: z.array(
    z.object({
      number: z.number().int(),
      chunkId: z.string(),
      documentId: z.string(),
      title: z.string(),
      relativePath: z.string(),
      source: z.string(),
      pageStart: z.number().nullable(),
      pageEnd: z.number().nullable(),
      headingPath: z.array(z.string()),
      contentHash: z.string().openapi({ description: 'SHA-256 van de passage toen die gevonden werd' }),
      score: z.number(),
      lexicalRank: z.number().nullable(),
      vectorRank: z.number().nullable(),
    }),
  ),
  cited: z.array(z.object({ number: z.number().int(), chunkId: z.string(), supported: z.boolean() })),
  model: orNull(ModelRefSchema),
  promptVersion: z.string(),
  indexVersion: z.string(),
  timings: AnswerTimingsSchema,
  usage: z.object({
    promptTokens: z.number().nullable(),
    completionTokens: z.number().nullable(),
    estimated: z.boolean().openapi({ description: 'Geschat uit de tekstlengte: de server gaf geen telling' }),
  }),
  error: z.string().nullable(),
});

export const AnswerRecordSchema = answerRecordFields
  .extend({
    askedAt: z.string().openapi({ description: 'ISO-tijdstip' }),
    feedback: z.array(z.object({ helpful: z.boolean(), reason: z.string().nullable(), givenAt: z.string() })),
  })
  .openapi('AnswerRecord', {
    description: 'Het herkomstrecord: wat gevraagd, gevonden en gezegd is, door welk model',
  });
export type AnswerRecordResponse = z.infer<typeof AnswerRecordSchema>;

export const FeedbackBodySchema = z
  .object({
    helpful: z.boolean(),
    reason: z.string().trim().max(1000).optional(),
  })
  .openapi('Feedback');
export type FeedbackBody = z.infer<typeof FeedbackBodySchema>;

export const FeedbackSavedSchema = z
  .object({ answerId: z.string(), helpful: z.boolean(), reason: z.string().nullable() })
  .openapi('FeedbackSaved');
export type FeedbackSaved = z.infer<typeof FeedbackSavedSchema>;

export const getAnswerRoute = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getAnswer',
  summary: 'Het herkomstrecord van een antwoord',
  request: { params: AnswerIdParamsSchema },
  responses: { 200: jsonResponse(AnswerRecordSchema, 'Herkomstrecord'), ...errorResponses(400, 404) },
});

export const postFeedbackRoute = createRoute({
  method: 'post',
  path: '/{id}/feedback',
  operationId: 'postFeedback',
  summary: 'Feedback op een antwoord',
  request: {
    params: AnswerIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: FeedbackBodySchema } } },
  },
  responses: { 201: jsonResponse(FeedbackSavedSchema, 'Opgeslagen'), ...errorResponses(400, 404) },
});
