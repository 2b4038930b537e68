import type { OpenAPIHono } from '@hono/zod-openapi';
import { apiVersion } from '../api-version.ts';
import { getOpenApiRoute, type OpenApiDocument } from '../contract/openapi.ts';
import { createRouter } from '../http/openapi.ts';
import type { AppEnv } from '../http/types.ts';
import { openApiDocument as handWritten } from '../openapi-document.ts';

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
 * The API description (OpenAPI 3.1), generated from the routes' zod schemas (NL API Design Rules, API-51).
 * While routes move to `createRoute`, paths not yet declared that way still come from the hand-written document.
 */
export function openApiRoutes(api: OpenAPIHono<AppEnv>) {
  let document: OpenApiDocument | null = null;
  const build = (): OpenApiDocument => {
    const generated = api.getOpenAPI31Document(documentConfig);
    return {
      ...generated,
      paths: { ...handWritten.paths, ...generated.paths },
      components: {
        ...generated.components,
        schemas: { ...handWritten.components.schemas, ...generated.components?.schemas },
      },
    };
  };
  return createRouter().openapi(getOpenApiRoute, (context) => context.json((document ??= build()), 200));
}
