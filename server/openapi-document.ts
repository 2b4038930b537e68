/**
 * The API description (OpenAPI 3.1), served at /api/openapi.json (NL API Design Rules, API-51).
 * A test checks that every route the app serves is described here.
 */
import { adminPaths, adminSchemas } from './admin/openapi-paths.ts';

const errorResponse = {
  description: 'Fout',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const idParameter = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const filterParameters = [
  { name: 'source', in: 'query', description: 'Bronnen, komma-gescheiden', schema: { type: 'string' } },
  {
    name: 'format',
    in: 'query',
    description: 'pdf, docx, markdown, html, text; komma-gescheiden',
    schema: { type: 'string' },
  },
  {
    name: 'from',
    in: 'query',
    description: 'Gewijzigd op of na (JJJJ-MM-DD)',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    in: 'query',
    description: 'Gewijzigd op of voor (JJJJ-MM-DD)',
    schema: { type: 'string', format: 'date' },
  },
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Vraagbaak API',
    version: '1.0.0',
    description:
      'Vragen stellen aan de kennisbank van de gemeente, met controleerbare bronnen. Elke lees-route filtert op de groepen van de gebruiker.',
    contact: { name: 'Team Vraagbaak' },
  },
  servers: [{ url: '/api' }],
  paths: {
    '/health': {
      get: {
        summary: 'Stand van de kennisbank, het embeddingmodel en de taalmodellen',
        operationId: 'getHealth',
        responses: {
          '200': { description: 'Status', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    '/me': {
      get: {
        summary: 'Groepen en rollen van de gebruiker, en of die de beheeromgeving mag gebruiken',
        operationId: 'getMe',
        responses: {
          '200': {
            description: 'Groepen, rollen en `admin` (rol `beheerder`); geen id of naam',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Me' } } },
          },
        },
      },
    },
    '/search': {
      get: {
        summary: 'Zoek passages (hybride of lexicaal)',
        operationId: 'search',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
          ...filterParameters,
        ],
        responses: {
          '200': {
            description: 'Gevonden passages met scores en herkomst',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } } },
          },
          '400': errorResponse,
        },
      },
    },
    '/chat': {
      post: {
        summary: 'Stel een vraag; het antwoord komt als Server-Sent Events',
        description:
          'Events in volgorde: `sources` (gevonden passages), `text-delta` (stukjes antwoord), `citation` (gecontroleerde bronverwijzing), `error` (taalmodel faalde; er volgt een antwoord met alleen bronnen), `answer-end` (definitieve tekst, bronnen, id van het herkomstrecord).',
        operationId: 'chat',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatRequest' } } },
        },
        responses: {
          '200': {
            description: 'SSE-stroom',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          '400': errorResponse,
        },
      },
    },
    '/documents/{id}': {
      get: {
        summary: 'Metadata en tekst van een document, met de posities van de passages',
        operationId: 'getDocument',
        parameters: [idParameter('Document-id')],
        responses: {
          '200': { description: 'Document', content: { 'application/json': { schema: { type: 'object' } } } },
          '404': errorResponse,
        },
      },
    },
    '/documents/{id}/file': {
      get: {
        summary: 'Het originele bestand',
        operationId: 'getDocumentFile',
        parameters: [idParameter('Document-id')],
        responses: {
          '200': { description: 'Het bestand, met het juiste content-type' },
          '404': errorResponse,
        },
      },
    },
    '/answers/{id}': {
      get: {
        summary: 'Het herkomstrecord van een antwoord',
        operationId: 'getAnswer',
        parameters: [idParameter('Antwoord-id (UUID)')],
        responses: {
          '200': {
            description: 'Herkomstrecord',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '404': errorResponse,
        },
      },
    },
    '/answers/{id}/feedback': {
      post: {
        summary: 'Feedback op een antwoord',
        operationId: 'postFeedback',
        parameters: [idParameter('Antwoord-id (UUID)')],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Feedback' } } },
        },
        responses: { '201': { description: 'Opgeslagen' }, '400': errorResponse, '404': errorResponse },
      },
    },
    ...adminPaths,
    '/openapi.json': {
      get: {
        summary: 'Deze beschrijving',
        operationId: 'getOpenApi',
        responses: { '200': { description: 'OpenAPI 3.1' } },
      },
    },
  },
  components: {
    schemas: {
      ...adminSchemas,
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      ChatRequest: {
        type: 'object',
        required: ['question'],
        properties: {
          question: { type: 'string', minLength: 2, maxLength: 2000 },
          model: {
            type: 'string',
            description: 'Naam van een ingesteld taalmodel, of `none` voor alleen passages',
          },
          language: { type: 'string', enum: ['nl', 'en'], default: 'nl' },
          filters: {
            type: 'object',
            properties: {
              source: { type: 'array', items: { type: 'string' } },
              format: {
                type: 'array',
                items: { type: 'string', enum: ['pdf', 'docx', 'markdown', 'html', 'text'] },
              },
              from: { type: 'string', format: 'date' },
              to: { type: 'string', format: 'date' },
            },
          },
        },
      },
      Me: {
        type: 'object',
        required: ['groups', 'roles', 'admin'],
        properties: {
          groups: { type: 'array', items: { type: 'string' } },
          roles: { type: 'array', items: { type: 'string' } },
          admin: { type: 'boolean' },
        },
      },
      Feedback: {
        type: 'object',
        required: ['helpful'],
        properties: { helpful: { type: 'boolean' }, reason: { type: 'string', maxLength: 1000 } },
      },
      SearchResponse: {
        type: 'object',
        properties: {
          query: { type: 'string' },
          mode: { type: 'string', enum: ['hybrid', 'lexical'] },
          relevant: { type: 'boolean' },
          results: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
} as const;
