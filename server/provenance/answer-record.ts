import { z } from 'zod';

/** Everything needed to re-check an answer later: what was asked, what was found, what was said, by which model. */
export const answerRecordSchema = z.object({
  id: z.string(),
  askedAt: z.coerce.date(),
  question: z.string(),
  userPseudonym: z.string(),
  /** The asker's groups at the time, so a later check knows what they could see. */
  accessGroups: z.array(z.string()),
  status: z.enum(['answered', 'extractive', 'dont-know', 'fallback', 'stopped']),
  answerText: z.string(),
  dontKnowReason: z.string().nullable(),
  retrievalMode: z.enum(['hybrid', 'lexical']),
  lexicalReason: z.string().nullable(),
  filters: z.record(z.string(), z.unknown()),
  retrieved: z.array(
    z.object({
      number: z.number().int(),
      chunkId: z.string(),
      documentId: z.string(),
      title: z.string(),
      relativePath: z.string(),
      source: z.string(),
      pageStart: z.number().nullable(),
      pageEnd: z.number().nullable(),
      headingPath: z.array(z.string()),
      contentHash: z.string(),
      score: z.number(),
      lexicalRank: z.number().nullable(),
      vectorRank: z.number().nullable(),
    }),
  ),
  cited: z.array(z.object({ number: z.number().int(), chunkId: z.string(), supported: z.boolean() })),
  model: z.object({ name: z.string(), endpoint: z.string(), model: z.string() }).nullable(),
  promptVersion: z.string(),
  indexVersion: z.string(),
  timings: z.object({
    retrievalMs: z.number(),
    firstTokenMs: z.number().nullable(),
    totalMs: z.number(),
  }),
  usage: z.object({
    promptTokens: z.number().nullable(),
    completionTokens: z.number().nullable(),
    estimated: z.boolean(),
  }),
  error: z.string().nullable(),
});

export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const feedbackSchema = z.object({
  helpful: z.boolean(),
  reason: z.string().trim().max(1000).optional(),
});

export type Feedback = z.infer<typeof feedbackSchema>;

export interface FeedbackRecord extends Feedback {
  answerId: string;
  userPseudonym: string;
  givenAt: Date;
}
