/**
 * Checks real responses against the generated OpenAPI document, so the document cannot drift from the code.
 * Each area's conformance test sends real requests, passes every response to `check`, and ends with
 * `uncovered(prefix)` to prove that every documented operation under its prefix was exercised.
 *
 * Stricter than the document itself: an object that lists its properties may not carry others
 * (`unevaluatedProperties: false`), so a field the server sends but the contract does not describe fails.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createParser } from 'eventsource-parser';

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
  /** Event streams: the schema of each event's JSON `data`, by event name (`x-events`). */
  'x-events'?: Record<string, Json>;
}
interface OperationObject {
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Json> };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const methods = ['get', 'put', 'post', 'delete', 'patch'];

export interface ConformanceChecker {
  /** Validates one real response (status, content type, body) against its documented operation; throws if it does not conform. */
  check(method: string, url: string, response: Response): Promise<void>;
  /** Documented operations (`GET /notes/{id}`) under the prefix that no checked response has exercised. */
  uncovered(prefix: string): string[];
}

export function conformanceChecker(document: OpenApiDocument, basePath = '/api'): ConformanceChecker {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const schemas = closeObjects(document.components?.schemas ?? {});
  ajv.addSchema({ $id: 'vraagbaak:components', components: { schemas } });
  const compiled = new Map<string, ValidateFunction>();
  const covered = new Set<string>();
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  function validator(key: string, schema: Json): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) {
      const rooted = JSON.parse(
        JSON.stringify(closeObjects({ schema }).schema).replaceAll(
          '"#/components/',
          '"vraagbaak:components#/components/',
        ),
      ) as Json;
      validate = ajv.compile(rooted);
      compiled.set(key, validate);
    }
    return validate;
  }

  function expectValid(key: string, schema: Json, value: unknown, what: string): void {
    const validate = validator(key, schema);
    if (!validate(value)) {
      throw new Error(
        `${what} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 600)}`,
      );
    }
  }

  return {
    async check(method, url, response) {
      const lower = method.toLowerCase();
      const pathname = new URL(url, 'http://localhost').pathname;
      if (!pathname.startsWith(basePath)) throw new Error(`${url} is not under ${basePath}`);
      const relative = pathname.slice(basePath.length) || '/';
      // The most specific template wins: a literal segment beats a parameter (`/jobs/active` before `/jobs/{id}`).
      const matches = templates
        .filter(({ template, pattern }) => pattern.test(relative) && document.paths[template]?.[lower])
        .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
      const template = matches[0]?.template;
      if (!template) throw new Error(`${method} ${relative} is not described in the OpenAPI document`);
      const operation = document.paths[template]![lower]!;
      const described = operation.responses?.[String(response.status)] ?? operation.responses?.default;
      const what = `${method.toUpperCase()} ${template} → ${response.status}`;
      if (!described) throw new Error(`${what}: this status is not documented`);
      covered.add(`${method.toUpperCase()} ${template}`);
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
      if (!described.content) {
        if (response.status !== 204 && response.body && (await response.clone().text()).length > 0)
          throw new Error(`${what}: a body was sent, but the document describes none`);
        return;
      }
      const media = described.content[contentType];
      if (!media) {
        throw new Error(
          `${what}: content type ${contentType || '(none)'} is not documented (${Object.keys(described.content).join(', ')})`,
        );
      }
      const key = `${what} ${contentType}`;
      if (contentType === 'application/json') {
        if (!media.schema) throw new Error(`${what}: JSON response without a schema`);
        expectValid(key, media.schema, await response.clone().json(), what);
      } else if (contentType === 'text/event-stream') {
        const events = media['x-events'];
        if (!events) throw new Error(`${what}: an event stream must list its events' schemas in x-events`);
        for (const event of parseEvents(await response.clone().text())) {
          const schema = events[event.event];
          if (!schema) throw new Error(`${what}: event '${event.event}' is not documented`);
          expectValid(
            `${key} ${event.event}`,
            schema,
            JSON.parse(event.data),
            `${what} event ${event.event}`,
          );
        }
      }
    },
    uncovered(prefix) {
      return Object.entries(document.paths).flatMap(([template, operations]) =>
        template.startsWith(prefix)
          ? Object.keys(operations)
              .filter((method) => methods.includes(method))
              .map((method) => `${method.toUpperCase()} ${template}`)
              .filter((operation) => !covered.has(operation))
          : [],
      );
    },
  };
}

/** Schemas that are a bare object: `type: object` without properties, additionalProperties or a composition. */
export function shapelessSchemas(document: OpenApiDocument): string[] {
  const found: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${where}[${index}]`));
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Json;
    const isObject =
      schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'));
    if (
      isObject &&
      !schema.properties &&
      !schema.additionalProperties &&
      !schema.allOf &&
      !schema.oneOf &&
      !schema.anyOf
    )
      found.push(where);
    for (const [key, value] of Object.entries(schema)) visit(value, `${where}/${key}`);
  };
  visit(document.paths, '#/paths');
  visit(document.components ?? {}, '#/components');
  return found;
}

function parseEvents(text: string): { event: string; data: string }[] {
  const events: { event: string; data: string }[] = [];
  const parser = createParser({
    onEvent: (event) => events.push({ event: event.event ?? 'message', data: event.data }),
  });
  parser.feed(text);
  return events;
}

/**
 * Adds `unevaluatedProperties: false` to every object schema that lists properties, except where a schema is
 * one branch of an `allOf` (there the other branches add properties of their own).
 */
function closeObjects(schemas: Record<string, Json>): Record<string, Json> {
  const inAllOf = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Json;
    if (Array.isArray(schema.allOf))
      for (const branch of schema.allOf as Json[])
        if (typeof branch.$ref === 'string') inAllOf.add(branch.$ref.replace('#/components/schemas/', ''));
    Object.values(schema).forEach(collect);
  };
  collect(schemas);
  const close = (node: unknown, branch: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => close(item, false));
    if (typeof node !== 'object' || node === null) return node;
    const schema = node as Json;
    const copy: Json = {};
    for (const [key, value] of Object.entries(schema)) {
      copy[key] =
        key === 'allOf' && Array.isArray(value)
          ? value.map((item) => close(item, true))
          : close(value, false);
    }
    if (
      !branch &&
      schema.properties &&
      schema.additionalProperties === undefined &&
      schema.unevaluatedProperties === undefined
    )
      copy.unevaluatedProperties = false;
    return copy;
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, close(schema, inAllOf.has(name)) as Json]),
  );
}
