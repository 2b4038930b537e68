import { z } from 'zod';
import { answerRecordFields, type FeedbackBody } from '../contract/answers.ts';

/**
 * Everything needed to re-check an answer later: what was asked, what was found, what was said, by which model.
 * The fields are the API's (`contract/answers.ts`); stored, `askedAt` is read back as a Date.
 */
export const answerRecordSchema = answerRecordFields.extend({ askedAt: z.coerce.date() });

export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export type Feedback = FeedbackBody;

export interface FeedbackRecord extends Feedback {
  answerId: string;
  userPseudonym: string;
  givenAt: Date;
}
