/** `/api/admin/overview` (the knowledge base at a glance) and `/api/admin/index` (re-indexing everything). */
import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, orNull, tags } from './admin-common.ts';
import { AdminJobSchema } from './admin-jobs.ts';
import { LastSyncSchema } from './admin-sources.ts';
import { isoDateTime, jsonResponse } from './common.ts';
import { RetrievalModeSchema } from './passage.ts';

const count = z.number().int().min(0);
const perKey = (description: string) => z.record(z.string(), count).openapi({ description });

export const AdminOverviewSchema = z
  .object({
    generatedAt: isoDateTime,
    documents: z.object({ total: count, searchable: count, byStatus: perKey('Documenten per status') }),
    chunks: count,
    pages: count,
    byFormat: perKey('Doorzoekbare documenten per formaat, alle bronnen samen'),
    sources: z.array(
      z.object({
        name: z.string(),
        registered: z
          .boolean()
          .openapi({ description: 'Onwaar voor documenten van een bron die niet meer is ingesteld' }),
        documents: count,
        searchable: count,
        byFormat: perKey('Doorzoekbare documenten per formaat'),
        lastSuccessfulSync: orNull(LastSyncSchema),
      }),
    ),
    stale: z
      .object({
        years: count,
        cutoff: isoDateTime,
        count,
        oldest: z.array(
          z.object({
            documentId: z.string(),
            source: z.string(),
            relativePath: z.string(),
            title: z.string(),
            modifiedAt: isoDateTime,
          }),
        ),
      })
      .openapi({
        description: 'Doorzoekbare documenten waarvan het bestand vóór `cutoff` voor het laatst is gewijzigd',
      }),
    index: z.object({
      sizeBytes: count
        .nullable()
        .openapi({ description: 'Bytes op schijf van de indexmap, of null voor een object store' }),
      embeddingModel: z.string().nullable(),
      embeddingRevision: z.string().nullable(),
      dimensions: count.nullable(),
      chunking: z
        .object({
          maxTokens: z.number(),
          overlapTokens: z.number(),
          tokenizer: z.string(),
          searchText: z
            .string()
            .optional()
            .openapi({ description: 'Versie van de zoektekst van tekststukken' }),
        })
        .nullable(),
      updatedAt: isoDateTime.nullable(),
      tables: z
        .object({ chunks: z.string(), documents: z.string() })
        .openapi({ description: 'De tabellen die zoekopdrachten nu lezen' }),
    }),
    search: z.object({
      mode: RetrievalModeSchema,
      lexicalOnly: z.boolean(),
      lexicalReason: z.string().nullable(),
    }),
    rebuild: z
      .object({
        needed: z.boolean(),
        reason: z.string().nullable(),
        serverModel: z
          .string()
          .nullable()
          .openapi({ description: 'Het model waarmee de server nu zou indexeren' }),
        pending: z.object({ startedAt: isoDateTime }).nullable(),
      })
      .openapi({
        description:
          'Of de index opnieuw moet worden opgebouwd (embeddingmodel of opdeling veranderd), en een lopende herindexering',
      }),
    jobs: z.object({ active: z.array(AdminJobSchema), last: orNull(AdminJobSchema) }),
  })
  .openapi('AdminOverview');
export type AdminOverview = z.infer<typeof AdminOverviewSchema>;

export const RebuildBodySchema = z
  .object({
    force: z.boolean().default(false).openapi({
      description: 'Ook starten als de index al past bij het model en de instellingen van de server',
    }),
  })
  .openapi('RebuildBody');
export type RebuildBody = z.input<typeof RebuildBodySchema>;

export const RebuildDiscardedSchema = z
  .object({ discarded: z.literal(true), startedAt: isoDateTime })
  .openapi('RebuildDiscarded');
export type RebuildDiscarded = z.infer<typeof RebuildDiscardedSchema>;

export const overviewRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'adminOverview',
  tags,
  summary:
    'Overzicht: documenten per bron en formaat, laatste synchronisatie, oude documenten, indexgrootte, model',
  request: { query: z.object({ staleYears: z.coerce.number().int().min(1).max(50).default(3) }) },
  responses: { 200: jsonResponse(AdminOverviewSchema, 'Overzicht'), ...adminErrors(400, 503) },
});

export const rebuildIndexRoute = createRoute({
  method: 'post',
  path: '/rebuild',
  operationId: 'adminRebuildIndex',
  tags,
  summary:
    'Alles opnieuw indexeren in nieuwe tabellen (nieuw embeddingmodel); de oude blijven tot de omschakeling',
  request: { body: { required: true, content: { 'application/json': { schema: RebuildBodySchema } } } },
  responses: {
    202: jsonResponse(AdminJobSchema, 'Herindexering gestart'),
    ...adminErrors(400, 409),
  },
});

export const discardRebuildRoute = createRoute({
  method: 'delete',
  path: '/rebuild',
  operationId: 'adminDiscardRebuild',
  tags,
  summary: 'Een half afgemaakte herindexering weggooien',
  responses: {
    200: jsonResponse(RebuildDiscardedSchema, 'Weggegooid'),
    ...adminErrors(404, 409),
  },
});
