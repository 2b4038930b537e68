import type { OpenAPIHono } from '@hono/zod-openapi';
import { apiVersion } from '../api-version.ts';
import { getOpenApiRoute, type OpenApiDocument } from '../contract/openapi.ts';
import { createRouter } from '../http/openapi.ts';
import type { AppEnv } from '../http/types.ts';

const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Vraagbaak API',
    version: apiVersion,
    description:
      'Vragen stellen aan de kennisbank van de gemeente, met controleerbare bronnen. Elke lees-route filtert op de groepen van de gebruiker.',
    contact: { name: 'Team Vraagbaak' },
  },
  servers: [{ url: '/api' }],
};

/**
 * The API description (OpenAPI 3.1), generated from the routes' zod schemas (NL API Design Rules, API-51):
 * the same schemas validate requests and type the web client, so the description cannot drift from the code.
 * Built once, on first request, when every route is registered.
 */
export function openApiRoutes(api: OpenAPIHono<AppEnv>) {
  let document: OpenApiDocument | null = null;
  const build = () => api.getOpenAPI31Document(documentConfig) as OpenApiDocument;
  return createRouter().openapi(getOpenApiRoute, (context) => context.json((document ??= build()), 200));
}
