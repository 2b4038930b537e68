import { Hono } from 'hono';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import type { GapListResponse, GapsService, GapView } from '../notes/index.ts';
import { answerGapSchema, dismissGapSchema, gapIdParam, listGapsQuery } from '../notes/requests.ts';

/** Knowledge gaps, for experts: what people asked that the knowledge base could not answer well. */
export function gapsRoutes(gaps: GapsService) {
  return new Hono<AppEnv>()
    .get('/', validate('query', listGapsQuery), async (context) => {
      const { status, limit } = context.req.valid('query');
      return context.json<GapListResponse>({
        gaps: await gaps.list(context.get('user'), { statuses: status, limit }),
      });
    })
    .get('/:id', validate('param', gapIdParam), async (context) =>
      context.json<GapView>(await gaps.get(context.get('user'), context.req.valid('param').id)),
    )
    .post('/:id/answer', validate('param', gapIdParam), validate('json', answerGapSchema), (context) =>
      context.json<GapView>(
        gaps.answer(context.get('user'), context.req.valid('param').id, context.req.valid('json').noteId),
      ),
    )
    .post('/:id/dismiss', validate('param', gapIdParam), validate('json', dismissGapSchema), (context) =>
      context.json<GapView>(
        gaps.dismiss(context.get('user'), context.req.valid('param').id, context.req.valid('json').reason),
      ),
    );
}
