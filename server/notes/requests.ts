/**
 * Shapes of the notes and gaps requests. Types and rough bounds only; what a field may contain (lengths, HTML,
 * dates, groups) is checked in `fields.ts`, which lists every problem in plain Dutch.
 */
import { z } from 'zod';

const text = (max: number) =>
  z.string({ error: 'moet tekst zijn' }).max(max, `te lang (hoogstens ${max} tekens)`);
const version = z
  .number({ error: 'moet een versienummer zijn' })
  .int('moet een geheel getal zijn')
  .min(1, 'moet minstens 1 zijn');

const fields = {
  title: text(10_000).optional(),
  // The body's real limit (100 kB) is checked later, to answer 413 with a clear message.
  body: z.string({ error: 'moet tekst zijn' }).optional(),
  topic: text(1_000).nullable().optional(),
  authorName: text(1_000).optional(),
  reviewDate: text(100).nullable().optional(),
  accessGroups: z.array(text(200), { error: 'moet een lijst met groepen zijn' }).max(100).optional(),
  relatedDocumentIds: z
    .array(text(200), { error: 'moet een lijst met document-ids zijn' })
    .max(100)
    .optional(),
  editorName: text(1_000).optional(),
};

export const noteIdParam = z.object({ id: z.uuid('ongeldig notitie-id') });
export const revisionParam = noteIdParam.extend({
  revisionId: z.coerce.number().int().min(1, 'ongeldig revisienummer'),
});
export const topicIdParam = z.object({
  topicId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'ongeldig onderwerp-id'),
});
export const gapIdParam = z.object({ id: z.uuid('ongeldig lacune-id') });

export const createNoteSchema = z.object({
  ...fields,
  title: z.string({ error: 'de titel ontbreekt' }).max(10_000, 'de titel is te lang'),
  gapId: z.uuid('ongeldig lacune-id').optional(),
});

export const saveNoteSchema = z.object({ ...fields, expectedVersion: version });

export const submitNoteSchema = z.object({ expectedVersion: version, editorName: fields.editorName });

export const reviewNoteSchema = z.object({
  decision: z.enum(['comment', 'changes-requested', 'approved'], {
    error: 'kies comment, changes-requested of approved',
  }),
  comment: text(20_000).optional(),
  expectedVersion: version.optional(),
  reviewerName: fields.editorName,
});

export const withdrawNoteSchema = z.object({
  expectedVersion: version,
  reason: text(20_000).optional(),
  replacedBy: z.uuid('ongeldig notitie-id').optional(),
  editorName: fields.editorName,
});

export const interviewSchema = z.object({
  answers: z.record(z.string(), z.string({ error: 'een antwoord moet tekst zijn' }), {
    error: 'de antwoorden ontbreken',
  }),
  title: fields.title,
  topic: text(1_000).optional(),
  authorName: fields.authorName,
  reviewDate: fields.reviewDate,
  accessGroups: fields.accessGroups,
  editorName: fields.editorName,
});

export const createTopicSchema = z.object({
  name: text(1_000),
  accessGroups: fields.accessGroups,
});

export const updateTopicSchema = z.object({
  name: text(1_000).optional(),
  ownerUserId: text(200).nullable().optional(),
  ownerName: text(1_000).nullable().optional(),
  accessGroups: fields.accessGroups,
});

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listNotesQuery = z.object({
  status: csv
    .pipe(z.array(z.enum(['draft', 'in-review', 'changes-requested', 'published', 'withdrawn'])))
    .optional(),
  topic: z.string().max(80).optional(),
  q: z.string().max(200).optional(),
  needsReview: flag.optional(),
  published: flag.optional(),
  mine: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const getNoteQuery = z.object({ version: z.enum(['current', 'published']).default('current') });

export const documentOptionsQuery = z.object({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const importJsonSchema = z.object({
  files: z
    .array(z.object({ fileName: text(300), content: z.string() }), { error: 'geef een lijst met bestanden' })
    .min(1, 'geen bestanden')
    .max(200, 'te veel bestanden (hoogstens 200)'),
});

export const listGapsQuery = z.object({
  status: csv
    .pipe(z.array(z.enum(['open', 'in-progress', 'answered', 'dismissed'])))
    .default(['open', 'in-progress']),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const answerGapSchema = z.object({ noteId: z.uuid('ongeldig notitie-id') });
export const dismissGapSchema = z.object({ reason: text(20_000).optional() });
