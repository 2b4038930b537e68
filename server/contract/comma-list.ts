import { z } from '@hono/zod-openapi';

/**
 * A query parameter holding a comma-separated list (`?status=failed,skipped`): split, trimmed, empties dropped.
 * In the document it is the plain string it is on the wire.
 */
export const commaList = <Item extends z.ZodType<string, string>>(item: Item, max: number) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(max))
    .openapi({ type: 'string' });
