/**
 * `/api/admin/jobs`: ingest jobs, their files and their live progress. Every admin route requires the role
 * `beheerder` (403 `forbidden` otherwise).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { commaList } from './comma-list.ts';
import { adminErrors, orNull, tags } from './admin-common.ts';
import { eventStreamResponse, isoDateTime, jsonResponse } from './common.ts';

export const jobStatuses = ['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted'] as const;
export const AdminJobStatusSchema = z.enum(jobStatuses).openapi('AdminJobStatus');
export type AdminJobStatus = z.infer<typeof AdminJobStatusSchema>;

export const fileOutcomes = ['indexed', 'unchanged', 'skipped', 'needs-ocr', 'failed', 'removed'] as const;
export const FileOutcomeSchema = z.enum(fileOutcomes).openapi('FileOutcome');
export type FileOutcome = z.infer<typeof FileOutcomeSchema>;

const count = z.number().int().min(0);
export const FileCountsSchema = z
  .object({
    indexed: count,
    unchanged: count,
    skipped: count,
    'needs-ocr': count,
    failed: count,
    removed: count,
  })
  .openapi('FileCounts', { description: 'Aantal bestanden per uitkomst' });

export const JobProgressViewSchema = z
  .object({
    phase: z.enum(['queued', 'crawling', 'processing', 'finishing', 'done']),
    filesTotal: count,
    filesDone: count,
    currentFile: z.string().nullable(),
    pages: count,
    chunks: count,
    counts: FileCountsSchema,
    elapsedMs: count,
    filesPerSecond: z.number().openapi({ description: 'Bestanden per seconde sinds de verwerking begon' }),
    etaSeconds: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Seconden te gaan in het huidige tempo; null zolang er geen tempo is' }),
    percent: z.number().min(0).max(100).nullable().openapi({
      description: '0..100 voor een voortgangsbalk; null zolang het totaal onbekend is (zoeken)',
    }),
  })
  .openapi('JobProgress', { description: 'Actuele cijfers van een wachtende of lopende taak' });
export type JobProgressView = z.infer<typeof JobProgressViewSchema>;

export const AdminJobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['sync', 'rebuild']).openapi({
      description:
        '`sync`: bronnen bijwerken. `rebuild`: alles opnieuw indexeren in nieuwe tabellen, dan omschakelen.',
    }),
    sources: z.array(z.string()),
    status: AdminJobStatusSchema,
    trigger: z.enum(['cli', 'server', 'schedule']),
    force: z.boolean(),
    queuedAt: isoDateTime.nullable(),
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
    durationMs: count.nullable(),
    counts: FileCountsSchema,
    filesProcessed: count.openapi({
      description: 'Bestanden die deze taak las of beoordeelde (indexed, skipped, needs-ocr, failed)',
    }),
    pages: count,
    chunks: count,
    throughput: z
      .object({ filesPerSecond: z.number(), pagesPerSecond: z.number(), chunksPerSecond: z.number() })
      .nullable(),
    embeddingModel: z.string().nullable(),
    error: z.string().nullable(),
    warnings: z.array(z.string()),
    resumedFrom: z.string().nullable(),
    resumable: z.boolean().openapi({
      description: 'Onderbroken, geannuleerde en mislukte taken kunnen worden hervat',
    }),
    cancelRequested: z.boolean().openapi({ description: 'Annuleren is gevraagd en de taak stopt' }),
    progress: orNull(JobProgressViewSchema).openapi({
      description: 'Actuele cijfers zolang de taak wacht of loopt; null als hij klaar is',
    }),
  })
  .openapi('AdminJob', {
    description: 'Eén ingest-taak; dezelfde vorm in lijsten, details, start/annuleer/hervat en elk SSE-event',
  });
export type AdminJob = z.infer<typeof AdminJobSchema>;

export const AdminJobsResponseSchema = z.object({ jobs: z.array(AdminJobSchema) }).openapi('AdminJobs');
export type AdminJobsResponse = z.infer<typeof AdminJobsResponseSchema>;

export const StartJobBodySchema = z
  .object({
    sources: z
      .union([z.literal('all'), z.array(z.string().min(1).max(64)).min(1).max(200)])
      .openapi({ description: 'Bronnamen, of `all` voor elke bron zonder wachtende of lopende taak' }),
    force: z.boolean().default(false).openapi({ description: 'Elk bestand opnieuw lezen, ook ongewijzigde' }),
  })
  .openapi('StartJobBody');
export type StartJobBody = z.input<typeof StartJobBodySchema>;

export const JobFileViewSchema = z
  .object({
    source: z.string(),
    relativePath: z.string(),
    status: FileOutcomeSchema,
    reason: z.string(),
    durationMs: z.number().min(0),
  })
  .openapi('JobFile');
export type JobFileView = z.infer<typeof JobFileViewSchema>;

export const JobFilesResponseSchema = z
  .object({
    jobId: z.string(),
    total: count.openapi({ description: 'Treffers vóór het pagineren' }),
    counts: FileCountsSchema,
    files: z.array(JobFileViewSchema),
  })
  .openapi('JobFiles', {
    description:
      '`counts`: per status, voor de bestanden die bij `q` passen (zonder statusfilter), voor de filterknoppen',
  });
export type JobFilesResponse = z.infer<typeof JobFilesResponseSchema>;

/** The events of `GET /api/admin/jobs/{id}/events`, each carrying the whole job. */
export const jobEventNames = ['snapshot', 'progress', 'done'] as const;
export type JobEventName = (typeof jobEventNames)[number];

export const JobIdParamsSchema = z.object({
  id: z
    .string()
    .regex(/^\d{14}-[0-9a-f]{8}$/, 'ongeldig taak-id')
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Taak-id' }),
});

const list = <T extends string>(values: readonly [T, ...T[]]) => commaList(z.enum(values), values.length);

export const JobListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  source: z.string().max(64).optional(),
  status: list(jobStatuses).optional().openapi({ description: 'Komma-gescheiden statussen' }),
});

export const JobFilesQuerySchema = z.object({
  status: list(fileOutcomes)
    .optional()
    .openapi({ description: 'Komma-gescheiden: indexed, unchanged, skipped, needs-ocr, failed, removed' }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Zoekt in pad en reden' }),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  // Without the override the document would call it nullable (zod-to-openapi reads coerce so).
  offset: z.coerce.number().int().min(0).default(0).openapi({ type: 'integer', minimum: 0, default: 0 }),
});
export type JobFilesQuery = z.infer<typeof JobFilesQuerySchema>;

const jobResponse = (description: string) => jsonResponse(AdminJobSchema, description);

export const listJobsRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'adminListJobs',
  tags,
  summary: 'Taken: wachtend en lopend eerst, dan nieuwste eerst',
  request: { query: JobListQuerySchema },
  responses: { 200: jsonResponse(AdminJobsResponseSchema, 'Taken'), ...adminErrors(400) },
});

export const startJobRoute = createRoute({
  method: 'post',
  path: '/',
  operationId: 'adminStartJob',
  tags,
  summary: 'Taak starten voor bronnen of `all`; één taak per bron tegelijk',
  request: { body: { required: true, content: { 'application/json': { schema: StartJobBodySchema } } } },
  responses: {
    202: jobResponse('Gestart of in de wachtrij'),
    ...adminErrors(400, 404, 409),
  },
});

export const getJobRoute = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'adminGetJob',
  tags,
  summary: 'Eén taak: tellingen, duur, doorvoer, voortgang',
  request: { params: JobIdParamsSchema },
  responses: { 200: jobResponse('Taak'), ...adminErrors(400, 404) },
});

export const cancelJobRoute = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  operationId: 'adminCancelJob',
  tags,
  summary: 'Taak annuleren (wachtend: meteen; lopend: bij het volgende bestand)',
  request: { params: JobIdParamsSchema },
  responses: {
    200: jobResponse('Geannuleerd'),
    202: jobResponse('Stopt'),
    ...adminErrors(400, 404, 409),
  },
});

export const resumeJobRoute = createRoute({
  method: 'post',
  path: '/{id}/resume',
  operationId: 'adminResumeJob',
  tags,
  summary: 'Onderbroken, geannuleerde of mislukte taak hervatten (nieuwe taak, `resumedFrom`)',
  request: { params: JobIdParamsSchema },
  responses: { 202: jobResponse('Nieuwe taak'), ...adminErrors(400, 404, 409) },
});

export const listJobFilesRoute = createRoute({
  method: 'get',
  path: '/{id}/files',
  operationId: 'adminListJobFiles',
  tags,
  summary: 'Bestanden van een taak met status en reden; filteren en zoeken',
  request: { params: JobIdParamsSchema, query: JobFilesQuerySchema },
  responses: { 200: jsonResponse(JobFilesResponseSchema, 'Bestanden'), ...adminErrors(400, 404) },
});

export const exportJobFilesRoute = createRoute({
  method: 'get',
  path: '/{id}/files.csv',
  operationId: 'adminExportJobFiles',
  tags,
  summary: 'Dezelfde lijst als CSV (bijlage)',
  request: { params: JobIdParamsSchema, query: JobFilesQuerySchema },
  responses: {
    200: {
      description: 'CSV: bron,pad,status,reden,duur_ms',
      content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...adminErrors(400, 404),
  },
});

export const jobEventsRoute = createRoute({
  method: 'get',
  path: '/{id}/events',
  operationId: 'adminJobEvents',
  tags,
  summary: 'Live voortgang als Server-Sent Events',
  description:
    'Events: `snapshot` (AdminJob, meteen), `progress` (AdminJob, hoogstens ongeveer vier per seconde en minstens elke 15 s), `done` (AdminJob, eindstand); daarna sluit de stroom. Een taak die al klaar is krijgt meteen `snapshot` en `done`.',
  request: { params: JobIdParamsSchema },
  responses: {
    200: eventStreamResponse(
      Object.fromEntries(jobEventNames.map((name) => [name, 'AdminJob'])),
      'SSE-stroom',
    ),
    ...adminErrors(400, 404),
  },
});
