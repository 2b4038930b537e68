/**
 * Building blocks of the API contract: the one error shape and helpers that declare responses.
 * Every route's schemas are zod schemas from `@hono/zod-openapi`; wire types are `z.infer` of them.
 */
import { z } from '@hono/zod-openapi';

export const errorCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unavailable',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string().openapi({ description: 'Uitleg in gewone taal (Nederlands)' }),
    }),
  })
  .openapi('Error', { description: 'De ene foutvorm van de API' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const errorDescriptions = {
  400: 'Ongeldig verzoek',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  409: 'Conflict met de huidige toestand',
  413: 'Verzoek te groot',
  415: 'Verkeerd inhoudstype',
  500: 'Fout aan de kant van de server',
  503: 'Tijdelijk niet beschikbaar',
} as const;
type ErrorStatus = keyof typeof errorDescriptions;

/** Error responses of a route, each with the one error shape: `responses: { 200: …, ...errorResponses(400, 404) }`. */
export function errorResponses<const Statuses extends readonly ErrorStatus[]>(...statuses: Statuses) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: errorDescriptions[status],
        content: { 'application/json': { schema: ErrorBodySchema } },
      },
    ]),
  ) as {
    [Status in Statuses[number]]: {
      description: string;
      content: { 'application/json': { schema: typeof ErrorBodySchema } };
    };
  };
}

/** A JSON response of a route: `responses: { 200: jsonResponse(HealthSchema, 'Status') }`. */
export function jsonResponse<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/**
 * A registered schema or null, as `anyOf: [$ref, null]`. Not `.nullable()`: on a registered schema that makes
 * the component itself nullable (zod-to-openapi passes the name on to the wrapper).
 */
export const orNull = <Schema extends z.ZodType>(schema: Schema) => z.union([schema, z.null()]);

/** A moment on the wire: an ISO 8601 date-time string (`Date.toISOString()`). */
export const isoDateTime = z.iso.datetime();

/**
 * A Server-Sent Events response. OpenAPI cannot type the events of a stream, so `x-events` names each event's
 * component schema (by event name); the conformance tests validate every event's JSON data against it.
 */
export function eventStreamResponse(events: Record<string, string>, description: string) {
  const refs = Object.fromEntries(
    Object.entries(events).map(([event, component]) => [
      event,
      { $ref: `#/components/schemas/${component}` },
    ]),
  );
  return { description, content: { 'text/event-stream': { schema: z.string(), 'x-events': refs } } };
}
