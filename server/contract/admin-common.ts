import { z } from '@hono/zod-openapi';
import { errorResponses } from './common.ts';

/** The one tag of every admin operation. */
export const tags = ['beheer'];

/** Error responses of an admin route: every one answers 403 to anyone without the role `beheerder`. */
export const adminErrors = <const Statuses extends readonly (400 | 404 | 409 | 503)[]>(
  ...statuses: Statuses
) => errorResponses(403, ...statuses);

/**
 * A registered schema or null, as `anyOf: [$ref, null]`. Not `.nullable()`: on a registered schema that makes
 * the component itself nullable (zod-to-openapi passes the name on to the wrapper).
 */
export const orNull = <Schema extends z.ZodType>(schema: Schema) => z.union([schema, z.null()]);
