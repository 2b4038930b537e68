/** `/api/admin/sources`: the folders Vraagbaak indexes, with who may read them and when they sync. */
import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, orNull, tags } from './admin-common.ts';
import { jsonResponse } from './common.ts';

const sourceName = z.string().regex(/^[a-z0-9][a-z0-9-_]{0,63}$/, 'ongeldige bronnaam');

export const LastSyncSchema = z
  .object({ jobId: z.string(), finishedAt: z.iso.datetime() })
  .openapi('LastSync', { description: 'De laatste geslaagde taak met deze bron' });

export const AdminSourceSchema = z
  .object({
    name: z.string(),
    root: z
      .string()
      .openapi({ description: 'Absoluut pad van de map (een gekoppelde share of een lokale map)' }),
    include: z.array(z.string()),
    exclude: z.array(z.string()),
    accessGroups: z.array(z.string()),
    schedule: z
      .string()
      .nullable()
      .openapi({ description: 'Cron (`0 2 * * *`: elke nacht om twee uur), of null: geen schema' }),
    nextRunAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'Volgende geplande run, of null: geen schema, of schema’s staan uit' }),
    builtIn: z.boolean().openapi({
      description: 'Het meegeleverde voorbeeldcorpus: synchroniseren mag, wijzigen of verwijderen niet',
    }),
    rootProblem: z
      .string()
      .nullable()
      .openapi({ description: 'Waarom de map nu niet leesbaar is (een losgekoppelde share), of null' }),
    documents: z
      .number()
      .int()
      .openapi({ description: 'Rijen in de index voor deze bron, welke status ook' }),
    searchableDocuments: z.number().int(),
    chunks: z.number().int(),
    lastSuccessfulSync: orNull(LastSyncSchema),
    activeJob: z
      .object({ id: z.string(), status: z.enum(['queued', 'running']) })
      .nullable()
      .openapi({ description: 'De wachtende of lopende taak met deze bron' }),
  })
  .openapi('AdminSource', { description: 'Een ingestelde bron zoals de beheeromgeving hem toont' });
export type AdminSource = z.infer<typeof AdminSourceSchema>;

export const AdminSourcesResponseSchema = z
  .object({
    sources: z.array(AdminSourceSchema),
    schedulesEnabled: z.boolean(),
    timezone: z.string().openapi({ description: 'Tijdzone van de schema’s' }),
  })
  .openapi('AdminSources');
export type AdminSourcesResponse = z.infer<typeof AdminSourcesResponseSchema>;

/**
 * The fields of a source as an admin sends them. Only their types are checked here: the registry checks
 * names, patterns, groups, schedule and folder, and reports every problem at once.
 */
const sourceFields = {
  root: z.string(),
  include: z
    .array(z.string())
    .optional()
    .openapi({ description: 'Globpatronen relatief aan de map; leeg: elk ondersteund bestand' }),
  exclude: z.array(z.string()).optional(),
  accessGroups: z
    .array(z.string())
    .optional()
    .openapi({ description: 'Standaard `medewerkers` (alle medewerkers); minstens één' }),
  schedule: z
    .string()
    .nullable()
    .optional()
    .openapi({ description: 'Cron, bijvoorbeeld `0 2 * * *` (elke nacht om twee uur); null: geen schema' }),
};

export const SourceCreateBodySchema = z
  .object({
    name: z.string().openapi({
      description: 'Kleine letters, cijfers, - en _; hoogstens 64 tekens; kan later niet veranderen',
    }),
    ...sourceFields,
  })
  .openapi('SourceCreateBody');
export type SourceCreateBody = z.infer<typeof SourceCreateBodySchema>;

export const SourceUpdateBodySchema = z
  .object({
    name: z.string().optional().openapi({ description: 'Mag alleen de huidige naam zijn' }),
    ...sourceFields,
  })
  .openapi('SourceUpdateBody', {
    description: 'De hele bron behalve de naam (weggelaten velden krijgen hun standaard)',
  });
export type SourceUpdateBody = z.infer<typeof SourceUpdateBodySchema>;

export const SourceRemovedSchema = z
  .object({ name: z.string(), documentsRemoved: z.number().int(), chunksRemoved: z.number().int() })
  .openapi('SourceRemoved');
export type SourceRemovedResponse = z.infer<typeof SourceRemovedSchema>;

export const SourceNameParamsSchema = z.object({
  name: sourceName.openapi({ param: { name: 'name', in: 'path' }, description: 'Bronnaam' }),
});

const jsonBody = <Schema extends z.ZodType>(schema: Schema) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const listSourcesRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'adminListSources',
  tags,
  summary: 'Alle bronnen met instellingen, aantallen, laatste synchronisatie en volgende geplande run',
  responses: { 200: jsonResponse(AdminSourcesResponseSchema, 'Bronnen'), ...adminErrors(503) },
});

export const addSourceRoute = createRoute({
  method: 'post',
  path: '/',
  operationId: 'adminAddSource',
  tags,
  summary: 'Bron toevoegen (map bestaat en is leesbaar, geen overlap, geldige patronen en schema)',
  request: { body: jsonBody(SourceCreateBodySchema) },
  responses: {
    201: jsonResponse(AdminSourceSchema, 'Toegevoegd'),
    ...adminErrors(400, 409, 503),
  },
});

export const getSourceRoute = createRoute({
  method: 'get',
  path: '/{name}',
  operationId: 'adminGetSource',
  tags,
  summary: 'Eén bron',
  request: { params: SourceNameParamsSchema },
  responses: { 200: jsonResponse(AdminSourceSchema, 'Bron'), ...adminErrors(400, 404, 503) },
});

export const updateSourceRoute = createRoute({
  method: 'put',
  path: '/{name}',
  operationId: 'adminUpdateSource',
  tags,
  summary: 'Bron wijzigen (de naam blijft); nieuwe toegangsgroepen gelden meteen voor wat al geïndexeerd is',
  request: { params: SourceNameParamsSchema, body: jsonBody(SourceUpdateBodySchema) },
  responses: {
    200: jsonResponse(AdminSourceSchema, 'Gewijzigd'),
    ...adminErrors(400, 404, 409, 503),
  },
});

export const removeSourceRoute = createRoute({
  method: 'delete',
  path: '/{name}',
  operationId: 'adminRemoveSource',
  tags,
  summary: 'Bron verwijderen met al zijn documenten en tekststukken; alleen met confirm={name}',
  request: {
    params: SourceNameParamsSchema,
    query: z.object({
      confirm: z
        .string()
        .max(64)
        .optional()
        .openapi({ description: 'Herhaalt de bronnaam; zonder: 409 met wat er zou verdwijnen' }),
    }),
  },
  responses: {
    200: jsonResponse(SourceRemovedSchema, 'Verwijderd'),
    ...adminErrors(400, 404, 409, 503),
  },
});
