/**
 * The admin routes in the API description (spread into openapi-document.ts). Wire types: server/api-types.ts.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const forbidden = error('Geen beheerder (rol `beheerder` ontbreekt)');
const jobResponse = (description: string) => ({ description, content: json(ref('AdminJob')) });
const nameParameter = {
  name: 'name',
  in: 'path',
  required: true,
  description: 'Bronnaam',
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-_]{0,63}$' },
};
const jobIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Taak-id',
  schema: { type: 'string', pattern: '^\\d{14}-[0-9a-f]{8}$' },
};
const fileFilters = [
  {
    name: 'status',
    in: 'query',
    description: 'Komma-gescheiden: indexed, unchanged, skipped, needs-ocr, failed, removed',
    schema: { type: 'string' },
  },
  {
    name: 'q',
    in: 'query',
    description: 'Zoekt in pad en reden',
    schema: { type: 'string', maxLength: 200 },
  },
];
const tags = ['beheer'];

export const adminPaths = {
  '/admin/sources': {
    get: {
      tags,
      summary: 'Alle bronnen met instellingen, aantallen, laatste synchronisatie en volgende geplande run',
      operationId: 'adminListSources',
      responses: { '200': { description: 'Bronnen', content: json({ type: 'object' }) }, '403': forbidden },
    },
    post: {
      tags,
      summary: 'Bron toevoegen (map bestaat en is leesbaar, geen overlap, geldige patronen en schema)',
      operationId: 'adminAddSource',
      requestBody: { required: true, content: json(ref('SourceBody')) },
      responses: {
        '201': { description: 'Toegevoegd', content: json(ref('AdminSource')) },
        '400': error('Ongeldig; de melding noemt elk probleem'),
        '403': forbidden,
      },
    },
  },
  '/admin/sources/{name}': {
    get: {
      tags,
      summary: 'Eén bron',
      operationId: 'adminGetSource',
      parameters: [nameParameter],
      responses: {
        '200': { description: 'Bron', content: json(ref('AdminSource')) },
        '403': forbidden,
        '404': error('Onbekend'),
      },
    },
    put: {
      tags,
      summary:
        'Bron wijzigen (de naam blijft); nieuwe toegangsgroepen gelden meteen voor wat al geïndexeerd is',
      operationId: 'adminUpdateSource',
      parameters: [nameParameter],
      requestBody: { required: true, content: json(ref('SourceBody')) },
      responses: {
        '200': { description: 'Gewijzigd', content: json(ref('AdminSource')) },
        '400': error('Ongeldig'),
        '403': forbidden,
        '404': error('Onbekend'),
        '409': error('Ingebouwde bron, of er loopt een taak voor de bron'),
      },
    },
    delete: {
      tags,
      summary: 'Bron verwijderen met al zijn documenten en tekststukken; alleen met confirm={name}',
      operationId: 'adminRemoveSource',
      parameters: [nameParameter, { name: 'confirm', in: 'query', schema: { type: 'string' } }],
      responses: {
        '200': { description: 'Verwijderd', content: json({ type: 'object' }) },
        '403': forbidden,
        '404': error('Onbekend'),
        '409': error('Niet bevestigd (de melding zegt wat er verdwijnt), ingebouwd, of er loopt een taak'),
      },
    },
  },
  '/admin/jobs': {
    get: {
      tags,
      summary: 'Taken: wachtend en lopend eerst, dan nieuwste eerst',
      operationId: 'adminListJobs',
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        { name: 'source', in: 'query', schema: { type: 'string' } },
        { name: 'status', in: 'query', description: 'Komma-gescheiden', schema: { type: 'string' } },
      ],
      responses: { '200': { description: 'Taken', content: json({ type: 'object' }) }, '403': forbidden },
    },
    post: {
      tags,
      summary: 'Taak starten voor bronnen of `all`; één taak per bron tegelijk',
      operationId: 'adminStartJob',
      requestBody: { required: true, content: json(ref('StartJobBody')) },
      responses: {
        '202': jobResponse('Gestart of in de wachtrij'),
        '400': error('Ongeldig'),
        '403': forbidden,
        '404': error('Onbekende bron'),
        '409': error('Er loopt al een taak voor de bron, of de index moet eerst opnieuw worden opgebouwd'),
      },
    },
  },
  '/admin/jobs/{id}': {
    get: {
      tags,
      summary: 'Eén taak: tellingen, duur, doorvoer, voortgang',
      operationId: 'adminGetJob',
      parameters: [jobIdParameter],
      responses: { '200': jobResponse('Taak'), '403': forbidden, '404': error('Onbekend') },
    },
  },
  '/admin/jobs/{id}/cancel': {
    post: {
      tags,
      summary: 'Taak annuleren (wachtend: meteen; lopend: bij het volgende bestand)',
      operationId: 'adminCancelJob',
      parameters: [jobIdParameter],
      responses: {
        '200': jobResponse('Geannuleerd'),
        '202': jobResponse('Stopt'),
        '403': forbidden,
        '404': error('Onbekend'),
        '409': error('Al klaar'),
      },
    },
  },
  '/admin/jobs/{id}/resume': {
    post: {
      tags,
      summary: 'Onderbroken, geannuleerde of mislukte taak hervatten (nieuwe taak, `resumedFrom`)',
      operationId: 'adminResumeJob',
      parameters: [jobIdParameter],
      responses: {
        '202': jobResponse('Nieuwe taak'),
        '403': forbidden,
        '404': error('Onbekend'),
        '409': error('Niets te hervatten'),
      },
    },
  },
  '/admin/jobs/{id}/files': {
    get: {
      tags,
      summary: 'Bestanden van een taak met status en reden; filteren en zoeken',
      operationId: 'adminListJobFiles',
      parameters: [
        jobIdParameter,
        ...fileFilters,
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 5000, default: 200 } },
        { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      ],
      responses: {
        '200': { description: 'Bestanden', content: json({ type: 'object' }) },
        '403': forbidden,
        '404': error('Onbekend'),
      },
    },
  },
  '/admin/jobs/{id}/files.csv': {
    get: {
      tags,
      summary: 'Dezelfde lijst als CSV (bijlage)',
      operationId: 'adminExportJobFiles',
      parameters: [jobIdParameter, ...fileFilters],
      responses: {
        '200': {
          description: 'CSV: bron,pad,status,reden,duur_ms',
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        '403': forbidden,
        '404': error('Onbekend'),
      },
    },
  },
  '/admin/jobs/{id}/events': {
    get: {
      tags,
      summary: 'Live voortgang als Server-Sent Events',
      description:
        'Events: `snapshot` (AdminJob, meteen), `progress` (AdminJob, hoogstens ongeveer vier per seconde en minstens elke 15 s), `done` (AdminJob, eindstand); daarna sluit de stroom.',
      operationId: 'adminJobEvents',
      parameters: [jobIdParameter],
      responses: {
        '200': {
          description: 'SSE-stroom',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        '403': forbidden,
        '404': error('Onbekend'),
      },
    },
  },
  '/admin/overview': {
    get: {
      tags,
      summary:
        'Overzicht: documenten per bron en formaat, laatste synchronisatie, oude documenten, indexgrootte, model',
      operationId: 'adminOverview',
      parameters: [
        { name: 'staleYears', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 3 } },
      ],
      responses: { '200': { description: 'Overzicht', content: json({ type: 'object' }) }, '403': forbidden },
    },
  },
  '/admin/index/rebuild': {
    post: {
      tags,
      summary:
        'Alles opnieuw indexeren in nieuwe tabellen (nieuw embeddingmodel); de oude blijven tot de omschakeling',
      operationId: 'adminRebuildIndex',
      requestBody: {
        required: true,
        content: json({ type: 'object', properties: { force: { type: 'boolean' } } }),
      },
      responses: {
        '202': jobResponse('Herindexering gestart'),
        '403': forbidden,
        '409': error('Niets te herindexeren, of er loopt een taak'),
      },
    },
    delete: {
      tags,
      summary: 'Een half afgemaakte herindexering weggooien',
      operationId: 'adminDiscardRebuild',
      responses: {
        '200': { description: 'Weggegooid' },
        '403': forbidden,
        '404': error('Geen herindexering'),
        '409': error('Er loopt een taak'),
      },
    },
  },
} as const;

export const adminSchemas = {
  SourceBody: {
    type: 'object',
    required: ['root'],
    properties: {
      name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-_]{0,63}$', description: 'Verplicht bij toevoegen' },
      root: { type: 'string' },
      include: { type: 'array', items: { type: 'string' } },
      exclude: { type: 'array', items: { type: 'string' } },
      accessGroups: { type: 'array', items: { type: 'string' }, minItems: 1, default: ['medewerkers'] },
      schedule: {
        type: ['string', 'null'],
        description: 'Cron, bijvoorbeeld `0 2 * * *` (elke nacht om twee uur)',
      },
    },
  },
  AdminSource: { type: 'object', description: 'Zie AdminSource in server/api-types.ts' },
  StartJobBody: {
    type: 'object',
    required: ['sources'],
    properties: {
      sources: {
        oneOf: [
          { type: 'string', enum: ['all'] },
          { type: 'array', items: { type: 'string' } },
        ],
      },
      force: { type: 'boolean', default: false },
    },
  },
  AdminJob: {
    type: 'object',
    description: 'Zie AdminJob in server/api-types.ts',
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['sync', 'rebuild'] },
      status: {
        type: 'string',
        enum: ['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted'],
      },
      sources: { type: 'array', items: { type: 'string' } },
      progress: { type: ['object', 'null'] },
    },
  },
} as const;
