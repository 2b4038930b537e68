import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from './common.ts';
import { RetrievalModeSchema } from './passage.ts';

const countsSchema = z.record(z.string(), z.number().int());

export const ChatModelStatusSchema = z
  .object({
    name: z.string(),
    endpoint: z.string(),
    model: z.string(),
    default: z.boolean(),
    reachable: z.boolean(),
    error: z.string().nullable().openapi({ description: 'Waarom het model niet bereikbaar is' }),
  })
  .openapi('ChatModelStatus');

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    index: z.object({
      documents: z.number().int(),
      searchableDocuments: z.number().int(),
      chunks: z.number().int(),
      pages: z.number().int(),
      byStatus: countsSchema,
      bySource: countsSchema,
      updatedAt: z.string().nullable(),
      lastJob: z.object({ id: z.string(), status: z.string(), finishedAt: z.string().nullable() }).nullable(),
    }),
    retrieval: z.object({
      mode: RetrievalModeSchema,
      lexicalReason: z.string().nullable(),
      indexEmbeddingModel: z.string().nullable(),
    }),
    embedding: z.discriminatedUnion('loaded', [
      z.object({ loaded: z.literal(true), model: z.string(), revision: z.string() }),
      z.object({ loaded: z.literal(false), reason: z.string().nullable() }),
    ]),
    chatModels: z.array(ChatModelStatusSchema),
    answerMode: z.enum(['model', 'extractive']).openapi({
      description: 'extractive: geen taalmodel bereikbaar, antwoorden bestaan uit letterlijke passages',
    }),
  })
  .openapi('Health');
export type HealthResponse = z.infer<typeof HealthSchema>;

export const getHealthRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getHealth',
  summary: 'Stand van de kennisbank, het embeddingmodel en de taalmodellen',
  responses: { 200: jsonResponse(HealthSchema, 'Status') },
});
