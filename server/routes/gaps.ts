import { answerGapRoute, dismissGapRoute, getGapRoute, listGapsRoute } from '../contract/gaps.ts';
import { createRouter } from '../http/openapi.ts';
import type { GapsService } from '../notes/index.ts';

/** Knowledge gaps, for experts: what people asked that the knowledge base could not answer well. */
export function gapsRoutes(gaps: GapsService) {
  return createRouter()
    .openapi(listGapsRoute, async (context) => {
      const { status, limit } = context.req.valid('query');
      return context.json({ gaps: await gaps.list(context.get('user'), { statuses: status, limit }) }, 200);
    })
    .openapi(getGapRoute, async (context) =>
      context.json(await gaps.get(context.get('user'), context.req.valid('param').id), 200),
    )
    .openapi(answerGapRoute, (context) =>
      context.json(
        gaps.answer(context.get('user'), context.req.valid('param').id, context.req.valid('json').noteId),
        200,
      ),
    )
    .openapi(dismissGapRoute, (context) =>
      context.json(
        gaps.dismiss(context.get('user'), context.req.valid('param').id, context.req.valid('json').reason),
        200,
      ),
    );
}

/** The gaps routes' type, for the typed web client (`hc<GapsRoutes>`). */
export type GapsRoutes = ReturnType<typeof gapsRoutes>;
