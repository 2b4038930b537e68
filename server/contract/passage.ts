/** The passage as search results and the chat's `sources` event show it, and how a knowledge note is cited. */
import { z } from '@hono/zod-openapi';
import { NoteCitationSchema } from './note-views.ts';
import { orNull } from './common.ts';

export const RetrievalModeSchema = z
  .enum(['hybrid', 'lexical'])
  .openapi('RetrievalMode', { description: 'hybrid: woorden en betekenis; lexical: alleen woorden' });
export type RetrievalMode = z.infer<typeof RetrievalModeSchema>;

export { NoteCitationSchema, type NoteCitation } from './note-views.ts';

/** What the API shows of a passage: enough to cite and check it, nothing internal. */
export const passageFields = {
  number: z.number().int().openapi({ description: 'Nummer in het antwoord: `[n]` verwijst hiernaar' }),
  chunkId: z.string(),
  documentId: z.string(),
  title: z.string(),
  source: z.string(),
  relativePath: z.string(),
  format: z.string(),
  pageStart: z.number().int().nullable(),
  pageEnd: z.number().int().nullable(),
  headingPath: z.array(z.string()),
  start: z.number().int().openapi({ description: 'Begin in de tekst van het document' }),
  end: z.number().int().openapi({ description: 'Einde in de tekst van het document' }),
  text: z.string(),
  modifiedAt: z.string().openapi({ description: 'Laatst gewijzigd (ISO)' }),
  score: z.number(),
  note: orNull(NoteCitationSchema).openapi({
    description:
      'Gezet voor een passage uit een kennisnotitie: citeer met `note.label`, link naar de notitie',
  }),
};
export const PassageSchema = z.object(passageFields).openapi('Passage');
export type PassageView = z.infer<typeof PassageSchema>;
