/**
 * What clients send to the knowledge-notes routes (`/api/notes`): bodies, path parameters and queries. Types
 * and rough bounds only; what a field may contain (lengths, HTML, dates, groups) is checked in
 * `server/notes/fields.ts`, which lists every problem in plain Dutch.
 */
import { z } from '@hono/zod-openapi';
import { commaList } from './comma-list.ts';
import { NoteStatusSchema, ReviewDecisionSchema } from './note-views.ts';

export const text = (max: number) =>
  z.string({ error: 'moet tekst zijn' }).max(max, `te lang (hoogstens ${max} tekens)`);
const version = z
  .number({ error: 'moet een versienummer zijn' })
  .int('moet een geheel getal zijn')
  .min(1, 'moet minstens 1 zijn')
  .openapi({ description: 'De `version` die u las' });
const editorName = text(1_000).optional().openapi({ description: 'Uw naam in de geschiedenis' });

const fields = {
  title: text(10_000).optional(),
  // The body's real limit (100 kB) is checked later, to answer 413 with a clear message.
  body: z
    .string({ error: 'moet tekst zijn' })
    .optional()
    .openapi({ description: 'Markdown, hoogstens 100 kB; geen scripts of event-attributen' }),
  topic: text(1_000)
    .nullable()
    .optional()
    .openapi({ description: 'Naam van het onderwerp; een nieuwe naam maakt het onderwerp aan' }),
  authorName: text(1_000)
    .optional()
    .openapi({ description: 'Zo wordt de notitie geciteerd: "Ervaringskennis — naam, datum"' }),
  reviewDate: text(100).nullable().optional().openapi({ description: 'Herzieningsdatum, YYYY-MM-DD' }),
  accessGroups: z
    .array(text(200), { error: 'moet een lijst met groepen zijn' })
    .max(100)
    .optional()
    .openapi({ description: 'Alleen groepen waar u zelf in zit' }),
  relatedDocumentIds: z
    .array(text(200), { error: 'moet een lijst met document-ids zijn' })
    .max(100)
    .optional(),
  editorName,
};

export const noteIdParam = z.object({
  id: z.uuid('ongeldig notitie-id').openapi({ description: 'Notitie-id' }),
});
export const revisionParam = noteIdParam.extend({
  revisionId: z.coerce.number().int().min(1, 'ongeldig revisienummer'),
});
export const topicIdParam = z.object({
  topicId: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'ongeldig onderwerp-id')
    .openapi({ description: 'Onderwerp-id' }),
});

/** Fields of a note as a client sends them. On `PUT`, fields left out keep their value. */
export const NoteFieldsSchema = z.object(fields).omit({ editorName: true });
export type NoteFieldsBody = z.infer<typeof NoteFieldsSchema>;

export const createNoteSchema = z
  .object({
    ...fields,
    title: z.string({ error: 'de titel ontbreekt' }).max(10_000, 'de titel is te lang'),
    gapId: z
      .uuid('ongeldig lacune-id')
      .optional()
      .openapi({ description: 'De lacune die deze notitie beantwoordt; die wordt meteen gekoppeld' }),
  })
  .openapi('CreateNote');
export type CreateNoteBody = z.infer<typeof createNoteSchema>;

export const saveNoteSchema = z.object({ ...fields, expectedVersion: version }).openapi('SaveNote');
export type SaveNoteBody = z.infer<typeof saveNoteSchema>;

export const submitNoteSchema = z.object({ expectedVersion: version, editorName }).openapi('VersionBody');
export type SubmitNoteBody = z.infer<typeof submitNoteSchema>;

export const reviewNoteSchema = z
  .object({
    decision: z.enum(ReviewDecisionSchema.options, {
      error: 'kies comment, changes-requested of approved',
    }),
    comment: text(20_000).optional().openapi({ description: 'Verplicht bij comment en changes-requested' }),
    expectedVersion: version
      .optional()
      .openapi({ description: 'Verplicht bij changes-requested en approved; mag bij comment' }),
    reviewerName: editorName,
  })
  .openapi('ReviewNote');
export type ReviewNoteBody = z.infer<typeof reviewNoteSchema>;

export const withdrawNoteSchema = z
  .object({
    expectedVersion: version,
    reason: text(20_000).optional(),
    replacedBy: z
      .uuid('ongeldig notitie-id')
      .optional()
      .openapi({ description: 'Een notitie die deze vervangt' }),
    editorName,
  })
  .openapi('WithdrawNote');
export type WithdrawNoteBody = z.infer<typeof withdrawNoteSchema>;

export const interviewSchema = z
  .object({
    answers: z
      .record(z.string(), z.string({ error: 'een antwoord moet tekst zijn' }), {
        error: 'de antwoorden ontbreken',
      })
      .openapi({ description: 'Per vraag-id; minstens één antwoord' }),
    title: fields.title,
    topic: text(1_000).optional(),
    authorName: fields.authorName,
    reviewDate: fields.reviewDate,
    accessGroups: fields.accessGroups,
    editorName,
  })
  .openapi('Interview');
export type InterviewBody = z.infer<typeof interviewSchema>;

export const createTopicSchema = z
  .object({ name: text(1_000), accessGroups: fields.accessGroups })
  .openapi('CreateTopic');
export type CreateTopicBody = z.infer<typeof createTopicSchema>;

export const updateTopicSchema = z
  .object({
    name: text(1_000).optional(),
    ownerUserId: text(200)
      .nullable()
      .optional()
      .openapi({ description: 'Gebruikers-id, gepseudonimiseerd opgeslagen; null haalt de eigenaar weg' }),
    ownerName: text(1_000).nullable().optional(),
    accessGroups: fields.accessGroups,
  })
  .openapi('UpdateTopic', { description: 'Alleen voor beheerders' });
export type UpdateTopicBody = z.infer<typeof updateTopicSchema>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listNotesQuery = z.object({
  status: commaList(NoteStatusSchema, 20).optional().openapi({ description: 'Komma-gescheiden statussen' }),
  topic: z.string().max(80).optional().openapi({ description: 'Onderwerp-id' }),
  q: z.string().max(200).optional().openapi({ description: 'Zoekt in titel, auteur en onderwerp' }),
  needsReview: flag.optional(),
  published: flag.optional(),
  mine: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const getNoteQuery = z.object({
  version: z
    .enum(['current', 'published'])
    .default('current')
    .openapi({ description: '`published`: de gepubliceerde versie, zoals een lezer die ziet' }),
});

export const documentOptionsQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const importJsonSchema = z
  .object({
    files: z
      .array(z.object({ fileName: text(300), content: z.string() }), {
        error: 'geef een lijst met bestanden',
      })
      .min(1, 'geen bestanden')
      .max(200, 'te veel bestanden (hoogstens 200)'),
  })
  .openapi('ImportFiles', { description: 'JSON-vorm van een import' });
export type ImportBody = z.infer<typeof importJsonSchema>;

const upload = z.file().openapi({ type: 'string', format: 'binary' });

/** Multipart form of an import: `files`, Markdown files or ZIP archives with them. */
export const importFormSchema = z
  .looseObject({ files: z.union([upload, z.array(upload)]).optional() })
  .openapi({ description: 'Bestanden (.md of .zip) in het veld `files`' });
