/**
 * The notes and gaps routes in the API description (spread into openapi-document.ts). Wire types:
 * server/notes/api-types.ts, re-exported by server/api-types.ts.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const body = (name: string) => ({ required: true, content: json(ref(name)) });
const note = (description: string) => ({ description, content: json(ref('NoteView')) });
const conflict = {
  description:
    'Versieconflict (met `current`: de notitie zoals die nu is, en `yourRevisionId`: uw bewaarde wijziging) of een stap die in deze status niet kan',
  content: json(ref('NoteConflict')),
};
const uuidPath = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});
const noteId = uuidPath('id', 'Notitie-id');
const gapId = uuidPath('id', 'Lacune-id');
const tags = ['ervaringskennis'];
const gapTags = ['kennislacunes'];
const bad = error('Ongeldige invoer; de melding noemt elk probleem');
const forbidden = error(
  'Geen expert, of deze stap is niet toegestaan (bijvoorbeeld: eigen notitie goedkeuren)',
);
const missing = error('Bestaat niet of geen toegang');
const tooLarge = error('Te groot (tekst hoogstens 100 kB)');

export const notesPaths = {
  '/notes': {
    get: {
      tags,
      summary: 'Notities die u mag zien (experts: ook concepten; anderen: de gepubliceerde versie)',
      operationId: 'listNotes',
      parameters: [
        {
          name: 'status',
          in: 'query',
          description: 'Komma-gescheiden statussen',
          schema: { type: 'string' },
        },
        { name: 'topic', in: 'query', description: 'Onderwerp-id', schema: { type: 'string' } },
        {
          name: 'q',
          in: 'query',
          description: 'Zoekt in titel, auteur en onderwerp',
          schema: { type: 'string' },
        },
        { name: 'needsReview', in: 'query', schema: { type: 'boolean' } },
        { name: 'published', in: 'query', schema: { type: 'boolean' } },
        { name: 'mine', in: 'query', schema: { type: 'boolean' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
        { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      ],
      responses: { '200': { description: 'Notities', content: json(ref('NoteList')) }, '400': bad },
    },
    post: {
      tags,
      summary: 'Nieuw concept (experts)',
      operationId: 'createNote',
      requestBody: body('CreateNote'),
      responses: { '201': note('Aangemaakt'), '400': bad, '403': forbidden, '413': tooLarge },
    },
  },
  '/notes/{id}': {
    get: {
      tags,
      summary: 'Eén notitie; `version=published` geeft de gepubliceerde versie',
      operationId: 'getNote',
      parameters: [
        noteId,
        { name: 'version', in: 'query', schema: { type: 'string', enum: ['current', 'published'] } },
      ],
      responses: { '200': note('Notitie'), '404': missing },
    },
    put: {
      tags,
      summary: 'Opslaan (ook automatisch); weggelaten velden blijven zoals ze zijn',
      operationId: 'saveNote',
      parameters: [noteId],
      requestBody: body('SaveNote'),
      responses: {
        '200': note('Opgeslagen'),
        '400': bad,
        '403': forbidden,
        '404': missing,
        '409': conflict,
        '413': tooLarge,
      },
    },
  },
  '/notes/{id}/submit': {
    post: {
      tags,
      summary: 'Ter beoordeling aanbieden',
      operationId: 'submitNote',
      parameters: [noteId],
      requestBody: body('VersionBody'),
      responses: {
        '200': note('Ter beoordeling'),
        '400': bad,
        '403': forbidden,
        '404': missing,
        '409': conflict,
      },
    },
  },
  '/notes/{id}/reviews': {
    post: {
      tags,
      summary: 'Opmerking, wijzigingen vragen, of goedkeuren (publiceert meteen in de kennisbank)',
      operationId: 'reviewNote',
      parameters: [noteId],
      requestBody: body('ReviewNote'),
      responses: {
        '201': note('Beoordeling vastgelegd'),
        '400': bad,
        '403': forbidden,
        '404': missing,
        '409': conflict,
      },
    },
  },
  '/notes/{id}/withdraw': {
    post: {
      tags,
      summary: 'Intrekken (verdwijnt meteen uit de kennisbank); eventueel met vervangende notitie',
      operationId: 'withdrawNote',
      parameters: [noteId],
      requestBody: body('WithdrawNote'),
      responses: {
        '200': note('Ingetrokken'),
        '400': bad,
        '403': forbidden,
        '404': missing,
        '409': conflict,
      },
    },
  },
  '/notes/{id}/revisions': {
    get: {
      tags,
      summary: 'Alle versies: wie wat wanneer veranderde (experts)',
      operationId: 'listNoteRevisions',
      parameters: [noteId],
      responses: {
        '200': { description: 'Revisies', content: json({ type: 'object' }) },
        '403': forbidden,
        '404': missing,
      },
    },
  },
  '/notes/{id}/revisions/{revisionId}': {
    get: {
      tags,
      summary: 'Eén revisie met de volledige inhoud',
      operationId: 'getNoteRevision',
      parameters: [noteId, { name: 'revisionId', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        '200': { description: 'Revisie', content: json({ type: 'object' }) },
        '403': forbidden,
        '404': missing,
      },
    },
  },
  '/notes/topics': {
    get: {
      tags,
      summary: 'Onderwerpen met eigenaar en standaardgroepen',
      operationId: 'listTopics',
      responses: { '200': { description: 'Onderwerpen', content: json({ type: 'object' }) } },
    },
    post: {
      tags,
      summary: 'Onderwerp toevoegen (experts); bestaat het al, dan komt het bestaande terug (200)',
      operationId: 'createTopic',
      requestBody: body('CreateTopic'),
      responses: {
        '201': { description: 'Toegevoegd' },
        '200': { description: 'Bestond al' },
        '400': bad,
        '403': forbidden,
      },
    },
  },
  '/notes/topics/{topicId}': {
    put: {
      tags,
      summary: 'Naam, eigenaar (gebruikers-id, gepseudonimiseerd opgeslagen) en standaardgroepen (beheerder)',
      operationId: 'updateTopic',
      parameters: [{ name: 'topicId', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: body('UpdateTopic'),
      responses: { '200': { description: 'Gewijzigd' }, '400': bad, '403': forbidden, '404': missing },
    },
  },
  '/notes/interview': {
    get: {
      tags,
      summary: 'De vragen van het interview',
      operationId: 'getInterviewPrompts',
      responses: { '200': { description: 'Vragen', content: json({ type: 'object' }) } },
    },
    post: {
      tags,
      summary: 'Antwoorden op het interview worden een concept (zonder taalmodel)',
      operationId: 'createNoteFromInterview',
      requestBody: body('Interview'),
      responses: { '201': note('Concept'), '400': bad, '403': forbidden },
    },
  },
  '/notes/document-options': {
    get: {
      tags,
      summary: 'Geïndexeerde documenten om aan een notitie te koppelen',
      operationId: 'listDocumentOptions',
      parameters: [
        { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 } },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 } },
      ],
      responses: { '200': { description: 'Documenten', content: json({ type: 'object' }) } },
    },
  },
  '/notes/export': {
    get: {
      tags,
      summary:
        'Alle gepubliceerde notities die u mag zien, als ZIP met Markdown-bestanden met front matter (experts)',
      operationId: 'exportNotes',
      responses: {
        '200': {
          description: 'ZIP',
          content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
        },
        '403': forbidden,
      },
    },
  },
  '/notes/import': {
    post: {
      tags,
      summary: 'Markdown-bestanden (of een ZIP daarmee) worden concepten; nooit direct gepubliceerd',
      operationId: 'importNotes',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
            },
          },
          ...json(ref('ImportFiles')),
        },
      },
      responses: {
        '200': { description: 'Per bestand gelukt of niet, met reden', content: json({ type: 'object' }) },
        '400': bad,
        '403': forbidden,
        '413': tooLarge,
      },
    },
  },
  '/gaps': {
    get: {
      tags: gapTags,
      summary: 'Vragen zonder goed antwoord, gegroepeerd, met aantal en laatste keer gesteld (experts)',
      operationId: 'listGaps',
      parameters: [
        {
          name: 'status',
          in: 'query',
          description:
            'Komma-gescheiden: open, in-progress, answered, dismissed (standaard open,in-progress)',
          schema: { type: 'string' },
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
      ],
      responses: { '200': { description: 'Lacunes', content: json({ type: 'object' }) }, '403': forbidden },
    },
  },
  '/gaps/{id}': {
    get: {
      tags: gapTags,
      summary: 'Eén kennislacune',
      operationId: 'getGap',
      parameters: [gapId],
      responses: {
        '200': { description: 'Lacune', content: json({ type: 'object' }) },
        '403': forbidden,
        '404': missing,
      },
    },
  },
  '/gaps/{id}/answer': {
    post: {
      tags: gapTags,
      summary: 'Koppel de notitie die de lacune beantwoordt; gepubliceerd is de lacune gesloten',
      operationId: 'answerGap',
      parameters: [gapId],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['noteId'],
          properties: { noteId: { type: 'string', format: 'uuid' } },
        }),
      },
      responses: { '200': { description: 'Gekoppeld' }, '400': bad, '403': forbidden, '404': missing },
    },
  },
  '/gaps/{id}/dismiss': {
    post: {
      tags: gapTags,
      summary: 'Geen lacune (met reden)',
      operationId: 'dismissGap',
      parameters: [gapId],
      requestBody: {
        required: true,
        content: json({ type: 'object', properties: { reason: { type: 'string' } } }),
      },
      responses: { '200': { description: 'Afgewezen' }, '400': bad, '403': forbidden, '404': missing },
    },
  },
};

const strings = { type: 'array', items: { type: 'string' } };
const noteFields = {
  title: { type: 'string', minLength: 3, maxLength: 200 },
  body: { type: 'string', description: 'Markdown, hoogstens 100 kB; geen scripts of event-attributen' },
  topic: { type: ['string', 'null'], description: 'Naam; een nieuwe naam maakt het onderwerp aan' },
  authorName: {
    type: 'string',
    description: 'Zo wordt de notitie geciteerd: "Ervaringskennis — naam, datum"',
  },
  reviewDate: { type: ['string', 'null'], format: 'date' },
  accessGroups: { ...strings, description: 'Alleen groepen waar u zelf in zit' },
  relatedDocumentIds: strings,
  editorName: { type: 'string', description: 'Uw naam in de geschiedenis' },
};
const expectedVersion = { type: 'integer', minimum: 1, description: 'De `version` die u las' };

export const notesSchemas = {
  NoteView: { type: 'object', description: 'Zie NoteView in server/notes/api-types.ts' },
  NoteList: {
    type: 'object',
    properties: { notes: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' } },
  },
  NoteConflict: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string', enum: ['conflict'] }, message: { type: 'string' } },
      },
      current: ref('NoteView'),
      yourRevisionId: { type: ['integer', 'null'] },
    },
  },
  CreateNote: {
    type: 'object',
    required: ['title'],
    properties: { ...noteFields, gapId: { type: 'string', format: 'uuid' } },
  },
  SaveNote: { type: 'object', required: ['expectedVersion'], properties: { ...noteFields, expectedVersion } },
  VersionBody: {
    type: 'object',
    required: ['expectedVersion'],
    properties: { expectedVersion, editorName: noteFields.editorName },
  },
  ReviewNote: {
    type: 'object',
    required: ['decision'],
    properties: {
      decision: { type: 'string', enum: ['comment', 'changes-requested', 'approved'] },
      comment: { type: 'string', maxLength: 5000, description: 'Verplicht bij comment en changes-requested' },
      expectedVersion: { ...expectedVersion, description: 'Verplicht bij changes-requested en approved' },
      reviewerName: { type: 'string' },
    },
  },
  WithdrawNote: {
    type: 'object',
    required: ['expectedVersion'],
    properties: {
      expectedVersion,
      reason: { type: 'string', maxLength: 1000 },
      replacedBy: { type: 'string', format: 'uuid' },
      editorName: noteFields.editorName,
    },
  },
  Interview: {
    type: 'object',
    required: ['answers'],
    properties: {
      answers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Per vraag-id' },
      title: noteFields.title,
      topic: { type: 'string' },
      authorName: noteFields.authorName,
      reviewDate: noteFields.reviewDate,
      accessGroups: noteFields.accessGroups,
      editorName: noteFields.editorName,
    },
  },
  CreateTopic: {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' }, accessGroups: strings },
  },
  UpdateTopic: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      ownerUserId: { type: ['string', 'null'] },
      ownerName: { type: ['string', 'null'] },
      accessGroups: strings,
    },
  },
  ImportFiles: {
    type: 'object',
    required: ['files'],
    properties: {
      files: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          required: ['fileName', 'content'],
          properties: { fileName: { type: 'string' }, content: { type: 'string' } },
        },
      },
    },
  },
};
