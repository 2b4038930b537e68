import { z } from '@hono/zod-openapi';

/**
 * `schema` or null. Use this, not `.nullable()`, on a schema registered with `.openapi('Name')`: zod-to-openapi
 * 9.1 then marks the shared component itself as nullable and drops the null from the field
 * (this renders `anyOf: [{ $ref }, { type: 'null' }]`).
 */
export const orNull = <Schema extends z.ZodType>(schema: Schema) => z.union([schema, z.null()]);
