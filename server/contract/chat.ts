/**
 * `POST /api/chat`: a question in, the answer as Server-Sent Events out. Each event's JSON `data` has its own
 * schema, listed under the response's `x-events`, so the web client types every event from here.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, eventStreamResponse, orNull } from './common.ts';
import { documentFormats } from './filters.ts';
import { PassageSchema, RetrievalModeSchema } from './passage.ts';

export const AnswerStatusSchema = z
  .enum(['answered', 'extractive', 'dont-know', 'fallback', 'stopped'])
  .openapi('AnswerStatus', {
    description:
      'answered: door het taalmodel; extractive: letterlijke passages zonder model; dont-know: "Ik weet het niet"; fallback: het model faalde, antwoord uit de bronnen; stopped: door de lezer afgebroken',
  });
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;

export const AnswerLanguageSchema = z.enum(['nl', 'en']);

export const ChatFiltersSchema = z
  .object({
    source: z.array(z.string().max(200)).max(20).optional(),
    format: z.array(z.enum(documentFormats)).max(5).optional(),
    from: z.iso.date().optional().openapi({ description: 'Gewijzigd op of na (JJJJ-MM-DD)' }),
    to: z.iso.date().optional().openapi({ description: 'Gewijzigd op of voor (JJJJ-MM-DD)' }),
  })
  .openapi('ChatFilters');

export const ChatRequestSchema = z
  .object({
    question: z
      .string()
      .trim()
      .min(2, 'stel een vraag')
      .max(2000, 'de vraag is te lang (hoogstens 2000 tekens)'),
    model: z.string().max(100).optional().openapi({
      description:
        'Naam van een ingesteld taalmodel (standaard als weggelaten), of `none` voor alleen passages',
    }),
    language: AnswerLanguageSchema.default('nl'),
    filters: ChatFiltersSchema.default({}),
  })
  .openapi('ChatRequest');
/** What the web app sends: defaults (language, filters) may be left out. */
export type ChatRequestBody = z.input<typeof ChatRequestSchema>;

/** `event: sources` — sent first. */
export const SourcesEventSchema = z
  .object({
    retrievalMode: RetrievalModeSchema,
    lexicalReason: z.string().nullable(),
    answerMode: z.enum(['model', 'extractive']),
    relevant: z.boolean(),
    passages: z.array(PassageSchema),
  })
  .openapi('SourcesEvent', { description: '`event: sources`: de gevonden passages, als eerste' });
export type SourcesEvent = z.infer<typeof SourcesEventSchema>;

/** `event: text-delta` — a live preview; `answer-end.text` replaces it. */
export const TextDeltaEventSchema = z
  .object({ type: z.literal('text-delta'), text: z.string() })
  .openapi('TextDeltaEvent', {
    description: '`event: text-delta`: voorlopige tekst; `answer-end.text` vervangt die',
  });
export type TextDeltaEvent = z.infer<typeof TextDeltaEventSchema>;

export const CitationEventSchema = z
  .object({
    type: z.literal('citation'),
    number: z.number().int(),
    chunkId: z.string(),
    supported: z.boolean(),
    reason: z.string().optional(),
  })
  .openapi('CitationEvent', { description: '`event: citation`: een gecontroleerde bronverwijzing' });
export type CitationEvent = z.infer<typeof CitationEventSchema>;

/** `event: error` — the model failed; an answer from the sources alone follows. */
export const ModelErrorEventSchema = z
  .object({
    type: z.literal('error'),
    code: z.enum(['model_timeout', 'model_stalled', 'model_http', 'model_unreachable', 'model_malformed']),
    message: z.string(),
  })
  .openapi('ModelErrorEvent', {
    description: '`event: error`: het taalmodel faalde; er volgt een antwoord met alleen bronnen',
  });
export type ErrorEvent = z.infer<typeof ModelErrorEventSchema>;

/** A verbatim quote in an extractive answer, with offsets for highlighting it in the document. */
export const QuoteSchema = z
  .object({
    number: z.number().int(),
    chunkId: z.string(),
    text: z.string(),
    chunkStart: z.number().int().openapi({ description: 'Begin in de tekst van de passage' }),
    chunkEnd: z.number().int(),
    documentStart: z.number().int().openapi({ description: 'Begin in de tekst van het document' }),
    documentEnd: z.number().int(),
  })
  .openapi('Quote');
export type QuoteView = z.infer<typeof QuoteSchema>;

export const ModelRefSchema = z
  .object({ name: z.string(), endpoint: z.string(), model: z.string() })
  .openapi('ModelRef', { description: 'Het gevraagde taalmodel' });

export const AnswerTimingsSchema = z
  .object({ retrievalMs: z.number(), firstTokenMs: z.number().nullable(), totalMs: z.number() })
  .openapi('AnswerTimings');

/** `event: answer-end` — the final, verified answer. */
export const AnswerEndEventSchema = z
  .object({
    answerId: z.string(),
    status: AnswerStatusSchema,
    text: z.string().openapi({
      description: 'Verwijzingen lezen `[n]` (gecontroleerd) of `[n?]` (de passage ondersteunt de zin niet)',
    }),
    citations: z.array(
      z.object({
        number: z.number().int(),
        chunkId: z.string(),
        supported: z.boolean(),
        score: z.number().openapi({ description: 'Steun in [0, 1]' }),
      }),
    ),
    flagged: z.array(
      z.object({ number: z.number().int(), chunkId: z.string(), sentence: z.string(), reason: z.string() }),
    ),
    quotes: z.array(QuoteSchema),
    dontKnowReason: z.string().nullable(),
    model: orNull(ModelRefSchema),
    timings: AnswerTimingsSchema,
    provenanceUrl: z.string().openapi({ description: 'Het herkomstrecord: `/api/answers/{id}`' }),
  })
  .openapi('AnswerEndEvent', {
    description: '`event: answer-end`: het definitieve, gecontroleerde antwoord',
  });
export type AnswerEndEvent = z.infer<typeof AnswerEndEventSchema>;

/** Every event of the chat stream by name: the server sends only these, the web client reads only these. */
export const chatEventSchemas = {
  sources: SourcesEventSchema,
  'text-delta': TextDeltaEventSchema,
  citation: CitationEventSchema,
  error: ModelErrorEventSchema,
  'answer-end': AnswerEndEventSchema,
} as const;
export type ChatEventName = keyof typeof chatEventSchemas;
export type ChatEvents = { [Name in ChatEventName]: z.infer<(typeof chatEventSchemas)[Name]> };

/** Component name of each event's schema; the route registers them, `x-events` points at them. */
export const chatEventComponents = {
  sources: 'SourcesEvent',
  'text-delta': 'TextDeltaEvent',
  citation: 'CitationEvent',
  error: 'ModelErrorEvent',
  'answer-end': 'AnswerEndEvent',
} as const satisfies Record<ChatEventName, string>;

export const chatRoute = createRoute({
  method: 'post',
  path: '/',
  operationId: 'chat',
  summary: 'Stel een vraag; het antwoord komt als Server-Sent Events',
  description:
    'Events in volgorde: `sources` (gevonden passages), `text-delta` (stukjes antwoord), `citation` (gecontroleerde bronverwijzing), `error` (taalmodel faalde; er volgt een antwoord met alleen bronnen), `answer-end` (definitieve tekst, bronnen, id van het herkomstrecord).',
  request: {
    body: { required: true, content: { 'application/json': { schema: ChatRequestSchema } } },
  },
  responses: {
    200: eventStreamResponse(chatEventComponents, 'SSE-stroom'),
    ...errorResponses(400),
  },
});
