/**
 * What the knowledge-notes routes send (`/api/notes`): the one description of these wire shapes. The notes
 * code builds its views as these inferred types. Dates are ISO 8601 strings; review dates are `YYYY-MM-DD`.
 */
import { z } from '@hono/zod-openapi';
import { ErrorCodeSchema, isoDateTime } from './common.ts';

export const NoteStatusSchema = z
  .enum(['draft', 'in-review', 'changes-requested', 'published', 'withdrawn'])
  .openapi('NoteStatus');
export type NoteStatus = z.infer<typeof NoteStatusSchema>;

export const NoteOriginSchema = z
  .enum(['editor', 'interview', 'import', 'gap'])
  .openapi('NoteOrigin', { description: 'Hoe de notitie ontstond' });
export type NoteOrigin = z.infer<typeof NoteOriginSchema>;

export const RevisionActionSchema = z
  .enum(['created', 'saved', 'submitted', 'changes-requested', 'approved', 'withdrawn', 'conflict'])
  .openapi('RevisionAction', {
    description: 'Wat een revisie vastlegt: opslaan, een stap in de beoordeling, of een verloren wijziging',
  });
export type RevisionAction = z.infer<typeof RevisionActionSchema>;

export const ContentFieldSchema = z
  .enum(['title', 'body', 'topicId', 'authorName', 'reviewDate', 'accessGroups', 'relatedDocuments'])
  .openapi('ContentField');
export type ContentField = z.infer<typeof ContentFieldSchema>;

export const ReviewDecisionSchema = z
  .enum(['comment', 'changes-requested', 'approved'])
  .openapi('ReviewDecision');
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

const day = z.string().openapi({ description: 'YYYY-MM-DD' });

export const TopicViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    ownerName: z.string().nullable(),
    isOwner: z
      .boolean()
      .openapi({ description: 'U bent eigenaar van dit onderwerp (en mag notities erop goedkeuren)' }),
    accessGroups: z
      .array(z.string())
      .openapi({ description: 'Standaardgroepen van een nieuwe notitie op dit onderwerp' }),
  })
  .openapi('TopicView');
export type TopicView = z.infer<typeof TopicViewSchema>;

export const NoteCitationSchema = z
  .object({
    noteId: z.string(),
    label: z.string().openapi({ description: '"Ervaringskennis — Jan de Vries, 3 maart 2025"' }),
    authorName: z.string(),
    publishedAt: isoDateTime,
    reviewDate: day.nullable(),
    needsReview: z
      .boolean()
      .openapi({ description: 'De herzieningsdatum is voorbij: nog getoond, maar gemarkeerd' }),
    url: z.string().openapi({ description: 'Waar de gepubliceerde notitie te lezen is (API)' }),
  })
  .openapi('NoteCitation', {
    description: 'Hoe een passage uit een notitie wordt geciteerd (passages van bron `ervaringskennis`)',
  });
export type NoteCitation = z.infer<typeof NoteCitationSchema>;

export const NotePermissionsSchema = z
  .object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean().openapi({ description: 'Opmerking maken of wijzigingen vragen' }),
    approve: z.boolean(),
    approveRefusal: z.string().nullable().openapi({
      description:
        'Waarom goedkeuren niet mag (bijvoorbeeld: u schreef er zelf aan), als `approve` onwaar is',
    }),
    withdraw: z.boolean(),
  })
  .openapi('NotePermissions');
export type NotePermissions = z.infer<typeof NotePermissionsSchema>;

const summaryFields = {
  id: z.string(),
  status: NoteStatusSchema,
  version: z
    .number()
    .int()
    .openapi({ description: 'Stuur dit mee als `expectedVersion` bij de volgende wijziging' }),
  title: z.string(),
  topic: z.object({ id: z.string(), name: z.string() }).nullable(),
  authorName: z.string(),
  reviewDate: day.nullable(),
  needsReview: z.boolean().openapi({ description: 'Gepubliceerd en de herzieningsdatum is voorbij' }),
  origin: NoteOriginSchema,
  updatedAt: isoDateTime,
  updatedByName: z.string().nullable(),
  mine: z.boolean().openapi({ description: 'U heeft deze notitie gemaakt' }),
};

export const NoteSummarySchema = z
  .object({
    ...summaryFields,
    published: z
      .object({ version: z.number().int(), publishedAt: isoDateTime, label: z.string() })
      .nullable()
      .openapi({
        description:
          'De versie in de kennisbank, als die er is (een notitie in herziening houdt haar gepubliceerde versie)',
      }),
  })
  .openapi('NoteSummary');
export type NoteSummary = z.infer<typeof NoteSummarySchema>;

export const RelatedDocumentViewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    available: z.boolean().openapi({
      description:
        'Onwaar als het document weg is of buiten uw groepen valt: dan is de titel een plaatsaanduiding. Lezers van de gepubliceerde versie zien alleen beschikbare documenten',
    }),
  })
  .openapi('RelatedDocumentView');
export type RelatedDocumentView = z.infer<typeof RelatedDocumentViewSchema>;

export const ReviewViewSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    reviewerName: z.string().nullable(),
    byYou: z.boolean(),
    decision: ReviewDecisionSchema,
    comment: z.string().nullable(),
    createdAt: isoDateTime,
  })
  .openapi('ReviewView');
export type ReviewView = z.infer<typeof ReviewViewSchema>;

export const NoteViewSchema = z
  .object({
    ...summaryFields,
    body: z.string().openapi({ description: 'Markdown' }),
    accessGroups: z.array(z.string()),
    relatedDocuments: z.array(RelatedDocumentViewSchema),
    createdAt: isoDateTime,
    view: z.enum(['working', 'published']).openapi({
      description:
        '`working`: de werkversie (experts); `published`: alleen de gepubliceerde versie (andere lezers)',
    }),
    published: z
      .object({
        version: z.number().int(),
        publishedAt: isoDateTime,
        label: z.string(),
        approvedByName: z.string().nullable(),
        documentId: z.string().openapi({
          description: 'Id van het document van de notitie in de kennisbank (`GET /api/documents/{id}`)',
        }),
        hasUnpublishedChanges: z
          .boolean()
          .openapi({ description: 'De werkversie heeft wijzigingen die nog niet gepubliceerd zijn' }),
      })
      .nullable(),
    withdrawn: z
      .object({ at: isoDateTime, reason: z.string().nullable(), replacedBy: z.string().nullable() })
      .nullable(),
    knowledgeBase: z.object({ indexed: z.boolean(), error: z.string().nullable() }),
    reviews: z.array(ReviewViewSchema),
    permissions: NotePermissionsSchema,
    gapIds: z.array(z.string()).openapi({
      description: 'Kennislacunes gekoppeld aan deze notitie (beantwoord zodra ze gepubliceerd is)',
    }),
  })
  .openapi('NoteView');
export type NoteView = z.infer<typeof NoteViewSchema>;

export const NoteListSchema = z
  .object({ notes: z.array(NoteSummarySchema), total: z.number().int() })
  .openapi('NoteList');
export type NoteListResponse = z.infer<typeof NoteListSchema>;

const revisionSummaryFields = {
  id: z.number().int(),
  version: z.number().int().nullable().openapi({
    description: 'Null voor een wijziging die een race verloor (bewaard, zodat niets verloren gaat)',
  }),
  basedOnVersion: z.number().int(),
  action: RevisionActionSchema,
  status: NoteStatusSchema,
  changedFields: z.array(ContentFieldSchema),
  savedByName: z.string().nullable(),
  savedBy: z
    .string()
    .openapi({ description: 'Pseudoniem (nooit een naam of gebruikers-id) van wie de wijziging maakte' }),
  byYou: z.boolean(),
  savedAt: isoDateTime,
  comment: z.string().nullable(),
};

export const RevisionSummarySchema = z.object(revisionSummaryFields).openapi('RevisionSummary');
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const RevisionViewSchema = z
  .object({
    ...revisionSummaryFields,
    title: z.string(),
    body: z.string(),
    topicId: z.string().nullable(),
    authorName: z.string(),
    reviewDate: day.nullable(),
    accessGroups: z.array(z.string()),
    relatedDocuments: z.array(z.object({ id: z.string(), title: z.string() })),
  })
  .openapi('RevisionView');
export type RevisionView = z.infer<typeof RevisionViewSchema>;

export const RevisionListSchema = z
  .object({ revisions: z.array(RevisionSummarySchema) })
  .openapi('RevisionList');
export type RevisionListResponse = z.infer<typeof RevisionListSchema>;

export const NoteConflictSchema = z
  .object({
    error: z.object({ code: ErrorCodeSchema.extract(['conflict']), message: z.string() }),
    current: NoteViewSchema,
    yourRevisionId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Uw wijziging, bewaard als deze revisie' }),
  })
  .openapi('NoteConflict', {
    description: 'Versieconflict: de notitie zoals die nu is (`current`), en waar uw wijziging bewaard is',
  });
export type NoteConflictBody = z.infer<typeof NoteConflictSchema>;

export const TopicListSchema = z.object({ topics: z.array(TopicViewSchema) }).openapi('TopicList');
export type TopicListResponse = z.infer<typeof TopicListSchema>;

export const InterviewPromptSchema = z
  .object({ id: z.string(), question: z.string(), hint: z.string() })
  .openapi('InterviewPrompt');
export type InterviewPrompt = z.infer<typeof InterviewPromptSchema>;

export const InterviewPromptsSchema = z
  .object({ prompts: z.array(InterviewPromptSchema) })
  .openapi('InterviewPrompts');
export type InterviewPromptsResponse = z.infer<typeof InterviewPromptsSchema>;

export const DocumentOptionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    relativePath: z.string(),
    format: z.string(),
  })
  .openapi('DocumentOption');
export type DocumentOption = z.infer<typeof DocumentOptionSchema>;

export const DocumentOptionsSchema = z
  .object({ documents: z.array(DocumentOptionSchema) })
  .openapi('DocumentOptions');
export type DocumentOptionsResponse = z.infer<typeof DocumentOptionsSchema>;

export const ImportFileResultSchema = z
  .object({
    fileName: z.string(),
    ok: z.boolean(),
    noteId: z.string().nullable(),
    title: z.string().nullable(),
    reason: z.string().nullable().openapi({ description: 'Waarom het bestand niet geïmporteerd is' }),
    warnings: z.array(z.string()),
  })
  .openapi('ImportFileResult');
export type ImportFileResult = z.infer<typeof ImportFileResultSchema>;

export const ImportResultSchema = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    results: z.array(ImportFileResultSchema),
  })
  .openapi('ImportResult');
export type ImportResponse = z.infer<typeof ImportResultSchema>;
