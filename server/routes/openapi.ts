import { Hono } from 'hono';
import type { AppEnv } from '../http/types.ts';
import { openApiDocument } from '../openapi-document.ts';

export function openApiRoutes() {
  return new Hono<AppEnv>().get('/openapi.json', (context) => context.json(openApiDocument));
}
