/**
 * Knowledge gaps: questions that ended in "Ik weet het niet" or got negative feedback, grouped when they are
 * near-duplicates, shown to experts with how often and how recently they were asked. Answer records live in
 * LanceDB; each list request first pulls in what is new since the last time (idempotent, so overlap is safe).
 * An expert sees a question only when they share a group with the person who asked; who asked is never shown.
 */
import { sharesGroup } from '../../ingest/access/index.ts';
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type { AnswerRecord } from '../provenance/answer-record.ts';
import type { AnswerStore } from '../provenance/answer-store.ts';
import type { GapStatus, GapView } from '../contract/gaps.ts';
import type { NotesCore } from './core.ts';
import { checkComment, noteLimits } from './fields.ts';
import { createGapRepository, type GapQuestionRow, type GapRow } from './gap-repository.ts';
import { isAdmin, isExpert } from './permissions.ts';

export type GapAnswerSource = Pick<AnswerStore, 'listAnswers' | 'listFeedbackSince'>;

/** Records written just before the last pull may carry an earlier time; re-reading a margin catches them. */
const overlapMs = 10 * 60_000;
const exampleCount = 5;

const statusOf = (gap: GapRow): GapStatus =>
  gap.dismissedAt !== null
    ? 'dismissed'
    : gap.notePublished
      ? 'answered'
      : gap.noteId !== null
        ? 'in-progress'
        : 'open';

function gapView(gap: GapRow, questions: GapQuestionRow[]): GapView {
  const sorted = [...questions].sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime());
  return {
    id: gap.id,
    question: gap.question,
    status: statusOf(gap),
    count: questions.length,
    askers: new Set(questions.map((question) => question.asker)).size,
    dontKnowCount: questions.filter((question) => question.dontKnow).length,
    negativeFeedbackCount: questions.filter((question) => question.negativeFeedback).length,
    firstAskedAt: (sorted.at(-1)?.askedAt ?? gap.createdAt).toISOString(),
    lastAskedAt: (sorted[0]?.askedAt ?? gap.createdAt).toISOString(),
    examples: sorted.slice(0, exampleCount).map((question) => ({
      question: question.question,
      askedAt: question.askedAt.toISOString(),
      dontKnow: question.dontKnow,
      negativeFeedback: question.negativeFeedback,
      feedbackReason: question.feedbackReason,
    })),
    note:
      gap.noteId !== null && gap.noteStatus !== null
        ? { id: gap.noteId, title: gap.noteTitle ?? '', status: gap.noteStatus, published: gap.notePublished }
        : null,
    dismissedReason: gap.dismissedReason,
  };
}

export function createGapsService(core: NotesCore, answers: GapAnswerSource) {
  const gaps = createGapRepository(core.database);
  let pulling: Promise<void> | null = null;

  const mayRead = (question: GapQuestionRow, user: User) =>
    isAdmin(user) || sharesGroup(user.groups, question.askerGroups);

  const requireExpert = (user: User) => {
    if (!isExpert(user)) throw new AppError('forbidden', 'Alleen experts zien kennislacunes.');
  };

  async function pullNow(): Promise<void> {
    const since = (key: string) => new Date(Math.max(0, gaps.mark(key) - overlapMs));
    const dontKnow = await answers.listAnswers({ askedAfter: since('answers'), statuses: ['dont-know'] });
    const negative = await answers.listFeedbackSince({ givenAfter: since('feedback'), helpful: false });
    const records = new Map(dontKnow.map((record) => [record.id, record]));
    const missing = [...new Set(negative.map((entry) => entry.answerId))].filter((id) => !records.has(id));
    for (const record of missing.length > 0 ? await answers.listAnswers({ ids: missing }) : []) {
      records.set(record.id, record);
    }
    const now = core.now();
    gaps.transaction(() => {
      const question = (record: AnswerRecord) => ({
        answerId: record.id,
        question: record.question,
        askedAt: record.askedAt,
        asker: record.userPseudonym,
        askerGroups: record.accessGroups,
      });
      for (const record of dontKnow) {
        gaps.record(
          { ...question(record), dontKnow: true, negativeFeedback: false, feedbackReason: null },
          now,
        );
      }
      for (const entry of negative) {
        const record = records.get(entry.answerId);
        if (!record) continue;
        gaps.record(
          {
            ...question(record),
            dontKnow: false,
            negativeFeedback: true,
            feedbackReason: entry.reason ?? null,
          },
          now,
        );
      }
      const latest = (dates: Date[]) => Math.max(0, ...dates.map((date) => date.getTime()));
      gaps.setMark('answers', latest(dontKnow.map((record) => record.askedAt)));
      gaps.setMark('feedback', latest(negative.map((entry) => entry.givenAt)));
    });
  }

  /** One pull at a time; callers arriving meanwhile wait for the same one. */
  function pull(): Promise<void> {
    pulling ??= pullNow().finally(() => {
      pulling = null;
    });
    return pulling;
  }

  function visibleGap(user: User, id: string): { gap: GapRow; questions: GapQuestionRow[] } {
    const gap = gaps.gap(id);
    const questions = gap ? gaps.questions(id).filter((question) => mayRead(question, user)) : [];
    if (!gap || questions.length === 0)
      throw new AppError('not_found', 'Deze kennislacune bestaat niet of u heeft er geen toegang toe.');
    return { gap, questions };
  }

  return {
    pull,

    async list(user: User, options: { statuses: GapStatus[]; limit: number }): Promise<GapView[]> {
      requireExpert(user);
      await pull();
      const byGap = new Map<string, GapQuestionRow[]>();
      for (const question of gaps.questions()) {
        if (!mayRead(question, user)) continue;
        const list = byGap.get(question.gapId) ?? [];
        list.push(question);
        byGap.set(question.gapId, list);
      }
      return gaps
        .gaps()
        .filter((gap) => byGap.has(gap.id) && options.statuses.includes(statusOf(gap)))
        .map((gap) => gapView(gap, byGap.get(gap.id) ?? []))
        .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt))
        .slice(0, options.limit);
    },

    async get(user: User, id: string): Promise<GapView> {
      requireExpert(user);
      await pull();
      const { gap, questions } = visibleGap(user, id);
      return gapView(gap, questions);
    },

    /** Links the note that answers the gap; once that note is published the gap is no longer open. */
    answer(user: User, id: string, noteId: string): GapView {
      requireExpert(user);
      visibleGap(user, id);
      const { view } = core.visible(noteId, user);
      if (view !== 'working')
        throw new AppError('forbidden', 'Alleen experts kunnen een notitie aan een lacune koppelen.');
      gaps.link(id, noteId);
      const { gap, questions } = visibleGap(user, id);
      return gapView(gap, questions);
    },

    dismiss(user: User, id: string, reason: string | undefined): GapView {
      requireExpert(user);
      visibleGap(user, id);
      const checked = checkComment(reason, 'De reden', noteLimits.reasonMax);
      if (checked.problems.length > 0)
        throw new AppError('bad_request', `Ongeldige invoer: ${checked.problems.join('; ')}`);
      gaps.dismiss(id, checked.text, core.now());
      const { gap, questions } = visibleGap(user, id);
      return gapView(gap, questions);
    },

    /** Checks that the caller may link a note to this gap (before the note is created). */
    assertVisible(user: User, id: string): void {
      requireExpert(user);
      visibleGap(user, id);
    },
  };
}

export type GapsService = ReturnType<typeof createGapsService>;
