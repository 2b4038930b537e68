import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app.ts';
import { AppError } from '../errors.ts';
import type { AppEnv, User } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { feedbackSchema, type AnswerRecord } from '../provenance/answer-record.ts';

const idParam = z.object({ id: z.uuid('ongeldig antwoord-id') });

/** The asker may re-check their answer; so may an auditor (role `beheerder`). Nobody else. */
function mayRead(record: AnswerRecord, user: User): boolean {
  return record.userPseudonym === user.pseudonym || user.roles.includes('beheerder');
}

export function answersRoutes(dependencies: AppDependencies) {
  async function load(id: string, user: User): Promise<AnswerRecord> {
    const record = await dependencies.answers.get(id);
    if (!record || !mayRead(record, user)) {
      throw new AppError('not_found', 'Dit antwoord bestaat niet of u heeft er geen toegang toe.');
    }
    return record;
  }

  return new Hono<AppEnv>()
    .get('/:id', validate('param', idParam), async (context) => {
      const record = await load(context.req.valid('param').id, context.get('user'));
      const feedback = await dependencies.answers.listFeedback(record.id);
      return context.json({
        ...record,
        askedAt: record.askedAt.toISOString(),
        feedback: feedback.map((entry) => ({
          helpful: entry.helpful,
          reason: entry.reason ?? null,
          givenAt: entry.givenAt.toISOString(),
        })),
      });
    })
    .post('/:id/feedback', validate('param', idParam), validate('json', feedbackSchema), async (context) => {
      const user = context.get('user');
      const record = await load(context.req.valid('param').id, user);
      const body = context.req.valid('json');
      await dependencies.answers.addFeedback({
        ...body,
        answerId: record.id,
        userPseudonym: user.pseudonym,
        givenAt: new Date(),
      });
      return context.json({ answerId: record.id, helpful: body.helpful, reason: body.reason ?? null }, 201);
    });
}
