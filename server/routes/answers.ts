import type { AppDependencies } from '../app.ts';
import { getAnswerRoute, postFeedbackRoute } from '../contract/answers.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import type { User } from '../http/types.ts';
import type { AnswerRecord } from '../provenance/answer-record.ts';

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

  return createRouter()
    .openapi(getAnswerRoute, async (context) => {
      const record = await load(context.req.valid('param').id, context.get('user'));
      const feedback = await dependencies.answers.listFeedback(record.id);
      return context.json(
        {
          ...record,
          askedAt: record.askedAt.toISOString(),
          feedback: feedback.map((entry) => ({
            helpful: entry.helpful,
            reason: entry.reason ?? null,
            givenAt: entry.givenAt.toISOString(),
          })),
        },
        200,
      );
    })
    .openapi(postFeedbackRoute, async (context) => {
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

export type AnswersRoutes = ReturnType<typeof answersRoutes>;
