import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from './common.ts';

const objectMap = z.record(z.string(), z.unknown());

/** The API description itself, in outline: its parts are described by the OpenAPI 3.1 specification. */
export const OpenApiDocumentSchema = z
  .object({
    openapi: z.string(),
    info: z.object({
      title: z.string(),
      version: z.string(),
      description: z.string().optional(),
      contact: z.object({ name: z.string().optional() }).optional(),
    }),
    servers: z.array(z.object({ url: z.string() })).optional(),
    paths: objectMap,
    components: z
      .record(z.string(), objectMap)
      .optional()
      .openapi({ description: 'Herbruikbare delen per soort: schemas, parameters, …' }),
    webhooks: objectMap.optional(),
  })
  .openapi('OpenApiDocument', { description: 'OpenAPI 3.1' });
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;

export const getOpenApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  operationId: 'getOpenApi',
  summary: 'Deze beschrijving',
  responses: { 200: jsonResponse(OpenApiDocumentSchema, 'OpenAPI 3.1') },
});
