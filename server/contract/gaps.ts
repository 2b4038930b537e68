/**
 * The knowledge-gaps routes (`/api/gaps`), for experts: what people asked that the knowledge base could not
 * answer well. Wire schemas and route declarations; `server/routes/gaps.ts` implements them.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, isoDateTime, jsonResponse } from './common.ts';
import { commaList } from './comma-list.ts';
import { text } from './note-requests.ts';
import { NoteStatusSchema } from './note-views.ts';

export const GapStatusSchema = z.enum(['open', 'in-progress', 'answered', 'dismissed']).openapi('GapStatus');
export type GapStatus = z.infer<typeof GapStatusSchema>;

export const GapViewSchema = z
  .object({
    id: z.string(),
    question: z.string().openapi({ description: 'De eerste vraag van de groep, zoals gesteld' }),
    status: GapStatusSchema,
    count: z.number().int().openapi({ description: 'Aantal keer gesteld (vragen die u mag zien)' }),
    askers: z.number().int().openapi({
      description: 'Verschillende vragenstellers (alleen een aantal; wie vroeg wordt nooit getoond)',
    }),
    dontKnowCount: z.number().int(),
    negativeFeedbackCount: z.number().int(),
    firstAskedAt: isoDateTime,
    lastAskedAt: isoDateTime,
    examples: z
      .array(
        z.object({
          question: z.string(),
          askedAt: isoDateTime,
          dontKnow: z.boolean(),
          negativeFeedback: z.boolean(),
          feedbackReason: z.string().nullable(),
        }),
      )
      .openapi({ description: 'De meest recente vragen van de groep' }),
    note: z
      .object({ id: z.string(), title: z.string(), status: NoteStatusSchema, published: z.boolean() })
      .nullable(),
    dismissedReason: z.string().nullable(),
  })
  .openapi('GapView');
export type GapView = z.infer<typeof GapViewSchema>;

export const GapListSchema = z.object({ gaps: z.array(GapViewSchema) }).openapi('GapList');
export type GapListResponse = z.infer<typeof GapListSchema>;

export const gapIdParam = z.object({
  id: z.uuid('ongeldig lacune-id').openapi({ description: 'Lacune-id' }),
});

export const listGapsQuery = z.object({
  status: commaList(GapStatusSchema, 20).default(['open', 'in-progress']).openapi({
    description: 'Komma-gescheiden: open, in-progress, answered, dismissed (standaard open,in-progress)',
  }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const answerGapSchema = z.object({ noteId: z.uuid('ongeldig notitie-id') }).openapi('AnswerGap');
export type AnswerGapBody = z.infer<typeof answerGapSchema>;

export const dismissGapSchema = z
  .object({ reason: text(20_000).optional() })
  .openapi('DismissGap', { description: 'Waarom dit geen lacune is' });
export type DismissGapBody = z.infer<typeof dismissGapSchema>;

const tags = ['kennislacunes'];
const refused = errorResponses(400, 403, 404, 415);

export const listGapsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  operationId: 'listGaps',
  summary: 'Vragen zonder goed antwoord, gegroepeerd, met aantal en laatste keer gesteld (experts)',
  request: { query: listGapsQuery },
  responses: { 200: jsonResponse(GapListSchema, 'Lacunes'), ...errorResponses(400, 403) },
});

export const getGapRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  operationId: 'getGap',
  summary: 'Eén kennislacune',
  request: { params: gapIdParam },
  responses: { 200: jsonResponse(GapViewSchema, 'Lacune'), ...errorResponses(400, 403, 404) },
});

export const answerGapRoute = createRoute({
  method: 'post',
  path: '/{id}/answer',
  tags,
  operationId: 'answerGap',
  summary: 'Koppel de notitie die de lacune beantwoordt; gepubliceerd is de lacune gesloten',
  request: {
    params: gapIdParam,
    body: { required: true, content: { 'application/json': { schema: answerGapSchema } } },
  },
  responses: { 200: jsonResponse(GapViewSchema, 'Gekoppeld'), ...refused },
});

export const dismissGapRoute = createRoute({
  method: 'post',
  path: '/{id}/dismiss',
  tags,
  operationId: 'dismissGap',
  summary: 'Geen lacune (met reden)',
  request: {
    params: gapIdParam,
    body: { required: true, content: { 'application/json': { schema: dismissGapSchema } } },
  },
  responses: { 200: jsonResponse(GapViewSchema, 'Afgewezen'), ...refused },
});
