import { Hono } from 'hono';
import { z } from 'zod';
import { sourceViews, type AdminServices } from '../admin/index.ts';
import type { AdminSource, AdminSourcesResponse, SourceRemovedResponse } from '../api-types.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { failure } from './admin-failure.ts';

const nameParam = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-_]{0,63}$/, 'ongeldige bronnaam') });
// The registry checks every field and reports all problems at once; here only the shape of the body.
const body = z.record(z.string(), z.unknown());
const removeQuery = z.object({ confirm: z.string().max(64).optional() });

export function adminSourcesRoutes(admin: AdminServices) {
  const views = (sources: Parameters<typeof sourceViews>[0]) =>
    sourceViews(sources, {
      store: admin.store,
      runner: admin.runner,
      scheduler: admin.scheduler,
      isBuiltIn: (name) => admin.sources.isBuiltIn(name),
    });
  const listed = async () => {
    const sources = await admin.sources.list();
    if (!sources.ok) throw failure(sources.reason);
    return sources.value;
  };
  const one = async (name: string): Promise<AdminSource> => {
    const source = (await listed()).find((candidate) => candidate.name === name);
    if (!source) throw new AppError('not_found', `Onbekende bron: ${name}.`);
    const [view] = await views([source]);
    return view!;
  };

  return new Hono<AppEnv>()
    .get('/', async (context) =>
      context.json<AdminSourcesResponse>({
        sources: await views(await listed()),
        schedulesEnabled: admin.scheduler.enabled,
        timezone: admin.scheduler.timezone,
      }),
    )
    .get('/:name', validate('param', nameParam), async (context) =>
      context.json<AdminSource>(await one(context.req.valid('param').name)),
    )
    .post('/', validate('json', body), async (context) => {
      const added = await admin.sources.add(context.req.valid('json'));
      if (!added.ok) throw failure(added.reason);
      return context.json<AdminSource>(await one(added.value.name), 201);
    })
    .put('/:name', validate('param', nameParam), validate('json', body), async (context) => {
      const { name } = context.req.valid('param');
      const input = context.req.valid('json');
      if (input.name !== undefined && input.name !== name) {
        throw new AppError(
          'bad_request',
          'De naam van een bron kan niet veranderen; voeg een nieuwe bron toe.',
        );
      }
      const updated = await admin.sources.update(name, input);
      if (!updated.ok) throw failure(updated.reason);
      return context.json<AdminSource>(await one(name));
    })
    .delete('/:name', validate('param', nameParam), validate('query', removeQuery), async (context) => {
      const { name } = context.req.valid('param');
      const removed = await admin.sources.remove(name, context.req.valid('query').confirm);
      if (!removed.ok) throw failure(removed.reason);
      return context.json<SourceRemovedResponse>({
        name,
        documentsRemoved: removed.value.documents,
        chunksRemoved: removed.value.chunks,
      });
    });
}
