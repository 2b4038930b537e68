import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { errorResponses, jsonResponse } from '../../server/contract/common.ts';
import { conformanceChecker, shapelessSchemas, type OpenApiDocument } from './openapi-conformance.ts';

const Item = z.object({ id: z.string(), size: z.number().int() }).openapi('Item');
const Event = z.object({ text: z.string() }).openapi('TextEvent');
const itemRoute = createRoute({
  method: 'get',
  path: '/items/{id}',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: jsonResponse(Item, 'Item'), ...errorResponses(404) },
});
const streamRoute = createRoute({
  method: 'post',
  path: '/stream',
  responses: {
    200: {
      description: 'Events',
      content: {
        'text/event-stream': {
          schema: z.string(),
          'x-events': { text: { $ref: '#/components/schemas/TextEvent' } },
        },
      },
    },
  },
});

function documentOf(app: OpenAPIHono): OpenApiDocument {
  app.openAPIRegistry.register('TextEvent', Event);
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
  }) as unknown as OpenApiDocument;
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const sse = (text: string) => new Response(text, { headers: { 'content-type': 'text/event-stream' } });

describe('conformanceChecker', () => {
  const app = new OpenAPIHono();
  app.openapi(itemRoute, (c) => c.json({ id: c.req.valid('param').id, size: 1 }, 200));
  app.openapi(streamRoute, () => sse(''));
  const document = documentOf(app);

  it('accepts a response that matches its documented schema', async () => {
    const checker = conformanceChecker(document, '');
    await checker.check('GET', '/items/a', json({ id: 'a', size: 3 }));
    await checker.check('GET', '/items/b', json({ error: { code: 'not_found', message: 'weg' } }, 404));
    expect(checker.uncovered('/items')).toEqual([]);
    expect(checker.uncovered('/')).toEqual(['POST /stream']);
  });

  it('rejects a wrong type, an undocumented field, an undocumented status and an unknown path', async () => {
    const checker = conformanceChecker(document, '');
    await expect(checker.check('GET', '/items/a', json({ id: 'a', size: 'big' }))).rejects.toThrow(/size/);
    await expect(checker.check('GET', '/items/a', json({ id: 'a', size: 1, secret: true }))).rejects.toThrow(
      /unevaluated/,
    );
    await expect(checker.check('GET', '/items/a', json({ id: 'a', size: 1 }, 409))).rejects.toThrow(
      /not documented/,
    );
    await expect(checker.check('GET', '/elders', json({}))).rejects.toThrow(/not described/);
  });

  it('checks each event of an event stream against its schema', async () => {
    const checker = conformanceChecker(document, '');
    await checker.check('POST', '/stream', sse('event: text\ndata: {"text":"ja"}\n\n'));
    await expect(checker.check('POST', '/stream', sse('event: text\ndata: {"text":1}\n\n'))).rejects.toThrow(
      /text/,
    );
    await expect(checker.check('POST', '/stream', sse('event: other\ndata: {}\n\n'))).rejects.toThrow(
      /not documented/,
    );
  });

  it('finds shapeless object schemas', () => {
    expect(shapelessSchemas(document)).toEqual([]);
    expect(shapelessSchemas({ paths: {}, components: { schemas: { Loose: { type: 'object' } } } })).toEqual([
      '#/components/schemas/Loose',
    ]);
  });
});
