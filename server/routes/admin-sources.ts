import { sourceViews, type AdminServices } from '../admin/index.ts';
import {
  addSourceRoute,
  getSourceRoute,
  listSourcesRoute,
  removeSourceRoute,
  updateSourceRoute,
  type AdminSource,
} from '../contract/admin-sources.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import { failure } from './admin-failure.ts';

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

  return createRouter()
    .openapi(listSourcesRoute, async (context) =>
      context.json(
        {
          sources: await views(await listed()),
          schedulesEnabled: admin.scheduler.enabled,
          timezone: admin.scheduler.timezone,
        },
        200,
      ),
    )
    .openapi(getSourceRoute, async (context) => context.json(await one(context.req.valid('param').name), 200))
    .openapi(addSourceRoute, async (context) => {
      // The registry checks every field and reports all problems at once; the contract only their types.
      const added = await admin.sources.add(context.req.valid('json'));
      if (!added.ok) throw failure(added.reason);
      return context.json(await one(added.value.name), 201);
    })
    .openapi(updateSourceRoute, async (context) => {
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
      return context.json(await one(name), 200);
    })
    .openapi(removeSourceRoute, async (context) => {
      const { name } = context.req.valid('param');
      const removed = await admin.sources.remove(name, context.req.valid('query').confirm);
      if (!removed.ok) throw failure(removed.reason);
      return context.json(
        { name, documentsRemoved: removed.value.documents, chunksRemoved: removed.value.chunks },
        200,
      );
    });
}

export type AdminSourcesRoutes = ReturnType<typeof adminSourcesRoutes>;
