import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonResponse } from './common.ts';

export const DocumentIdParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[a-f0-9]{24}$/, 'ongeldig document-id')
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Document-id' }),
});

export const DocumentChunkSchema = z
  .object({
    id: z.string(),
    ordinal: z.number().int(),
    start: z.number().int().openapi({ description: 'Begin in `text`' }),
    end: z.number().int().openapi({ description: 'Einde in `text`' }),
    pageStart: z.number().int().nullable(),
    pageEnd: z.number().int().nullable(),
    headingPath: z.array(z.string()),
  })
  .openapi('DocumentChunk');

export const DocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    relativePath: z.string(),
    format: z.string(),
    sizeBytes: z.number().int(),
    modifiedAt: z.string().openapi({ description: 'ISO-tijdstip' }),
    indexedAt: z.string().openapi({ description: 'ISO-tijdstip' }),
    contentHash: z.string(),
    pageCount: z.number().int(),
    warnings: z.array(z.string()).openapi({ description: 'Problemen bij het lezen van het bestand' }),
    text: z
      .string()
      .openapi({ description: 'De uitgelezen tekst; passages verwijzen ernaar met start en end' }),
    chunks: z.array(DocumentChunkSchema),
  })
  .openapi('Document');
export type DocumentChunk = z.infer<typeof DocumentChunkSchema>;
export type DocumentResponse = z.infer<typeof DocumentSchema>;

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getDocument',
  summary: 'Metadata en tekst van een document, met de posities van de passages',
  request: { params: DocumentIdParamsSchema },
  responses: { 200: jsonResponse(DocumentSchema, 'Document'), ...errorResponses(400, 404) },
});

/** Content types the original file is served with (HTML as plain text: a document must not run in our origin). */
export const documentFileTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/markdown',
  'text/plain',
  'application/octet-stream',
] as const;

const binary = z.string().openapi({ format: 'binary' });

export const getDocumentFileRoute = createRoute({
  method: 'get',
  path: '/{id}/file',
  operationId: 'getDocumentFile',
  summary: 'Het originele bestand',
  request: { params: DocumentIdParamsSchema },
  responses: {
    200: {
      description: 'Het bestand, met het juiste content-type',
      content: Object.fromEntries(documentFileTypes.map((type) => [type, { schema: binary }])),
    },
    ...errorResponses(400, 404),
  },
});
