/** SQL for knowledge gaps: groups of questions the knowledge base could not answer well. */
import { randomUUID } from 'node:crypto';
import type { NotesDatabase } from './database.ts';
import { closestGap, gapTerms } from './gap-grouping.ts';
import type { NoteStatus } from './types.ts';

export interface GapQuestionInput {
  answerId: string;
  question: string;
  askedAt: Date;
  asker: string;
  askerGroups: string[];
  dontKnow: boolean;
  negativeFeedback: boolean;
  feedbackReason: string | null;
}

export interface GapRow {
  id: string;
  question: string;
  noteId: string | null;
  noteTitle: string | null;
  noteStatus: NoteStatus | null;
  notePublished: boolean;
  dismissedAt: Date | null;
  dismissedReason: string | null;
  createdAt: Date;
}

export interface GapQuestionRow extends GapQuestionInput {
  gapId: string;
}

type Row = Record<string, unknown>;

export interface GapRepository {
  transaction<T>(work: () => T): T;
  mark(key: string): number;
  setMark(key: string, value: number): void;
  /** Adds the question to its gap (found or new), or updates the flags of a question already known. */
  record(question: GapQuestionInput, now: Date): void;
  gaps(): GapRow[];
  gap(id: string): GapRow | null;
  questions(gapId?: string): GapQuestionRow[];
  link(id: string, noteId: string | null): void;
  dismiss(id: string, reason: string | null, at: Date | null): void;
}

export function createGapRepository(database: NotesDatabase): GapRepository {
  const gapSelect = `SELECT g.*, n.title AS note_title, n.status AS note_status, n.published_version AS note_published
    FROM gaps g LEFT JOIN notes n ON n.id = g.note_id`;
  const statements = {
    mark: database.prepare<[string], { value: number }>('SELECT value FROM sync_marks WHERE key = ?'),
    setMark: database.prepare(
      'INSERT INTO sync_marks (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)',
    ),
    known: database.prepare<[string], Row>('SELECT * FROM gap_questions WHERE answer_id = ?'),
    updateFlags: database.prepare(
      `UPDATE gap_questions SET dont_know = MAX(dont_know, ?), negative_feedback = MAX(negative_feedback, ?),
         feedback_reason = COALESCE(?, feedback_reason) WHERE answer_id = ?`,
    ),
    // Open gaps only: once a gap's note is published, the same question again is a new gap (the note did not help).
    candidates: database.prepare<[], { id: string; terms: string }>(
      `SELECT g.id, g.terms FROM gaps g LEFT JOIN notes n ON n.id = g.note_id
       WHERE g.dismissed_at IS NULL AND (g.note_id IS NULL OR n.published_version IS NULL)
       ORDER BY g.created_at`,
    ),
    insertGap: database.prepare('INSERT INTO gaps (id, question, terms, created_at) VALUES (?, ?, ?, ?)'),
    insertQuestion: database.prepare(
      `INSERT INTO gap_questions (answer_id, gap_id, question, asked_at, asker, asker_groups, dont_know,
         negative_feedback, feedback_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    gaps: database.prepare<[], Row>(`${gapSelect} ORDER BY g.created_at`),
    gap: database.prepare<[string], Row>(`${gapSelect} WHERE g.id = ?`),
    questions: database.prepare<[], Row>('SELECT * FROM gap_questions ORDER BY asked_at'),
    questionsOf: database.prepare<[string], Row>(
      'SELECT * FROM gap_questions WHERE gap_id = ? ORDER BY asked_at',
    ),
    link: database.prepare('UPDATE gaps SET note_id = ? WHERE id = ?'),
    dismiss: database.prepare('UPDATE gaps SET dismissed_at = ?, dismissed_reason = ? WHERE id = ?'),
  };

  const gapFromRow = (row: Row): GapRow => ({
    id: String(row.id),
    question: String(row.question),
    noteId: row.note_id == null ? null : String(row.note_id),
    noteTitle: row.note_title == null ? null : String(row.note_title),
    noteStatus: row.note_status == null ? null : (String(row.note_status) as NoteStatus),
    notePublished: row.note_published != null,
    dismissedAt: row.dismissed_at == null ? null : new Date(Number(row.dismissed_at)),
    dismissedReason: row.dismissed_reason == null ? null : String(row.dismissed_reason),
    createdAt: new Date(Number(row.created_at)),
  });

  const questionFromRow = (row: Row): GapQuestionRow => {
    let groups: string[] = [];
    try {
      groups = JSON.parse(String(row.asker_groups)) as string[];
    } catch {
      // unreadable groups: visible to beheerders only
    }
    return {
      answerId: String(row.answer_id),
      gapId: String(row.gap_id),
      question: String(row.question),
      askedAt: new Date(Number(row.asked_at)),
      asker: String(row.asker),
      askerGroups: groups,
      dontKnow: Number(row.dont_know) === 1,
      negativeFeedback: Number(row.negative_feedback) === 1,
      feedbackReason: row.feedback_reason == null ? null : String(row.feedback_reason),
    };
  };

  return {
    transaction: (work) => database.transaction(work)(),
    mark: (key) => statements.mark.get(key)?.value ?? 0,
    setMark: (key, value) => void statements.setMark.run(key, value),
    record(question, now) {
      if (statements.known.get(question.answerId)) {
        statements.updateFlags.run(
          question.dontKnow ? 1 : 0,
          question.negativeFeedback ? 1 : 0,
          question.feedbackReason,
          question.answerId,
        );
        return;
      }
      const terms = gapTerms(question.question);
      const candidates = statements.candidates
        .all()
        .map((row) => ({ id: row.id, terms: JSON.parse(row.terms) as string[] }));
      let gapId = closestGap(terms, candidates)?.id;
      if (gapId === undefined) {
        gapId = randomUUID();
        statements.insertGap.run(gapId, question.question, JSON.stringify(terms), now.getTime());
      }
      statements.insertQuestion.run(
        question.answerId,
        gapId,
        question.question,
        question.askedAt.getTime(),
        question.asker,
        JSON.stringify(question.askerGroups),
        question.dontKnow ? 1 : 0,
        question.negativeFeedback ? 1 : 0,
        question.feedbackReason,
      );
    },
    gaps: () => statements.gaps.all().map(gapFromRow),
    gap: (id) => {
      const row = statements.gap.get(id);
      return row ? gapFromRow(row) : null;
    },
    questions: (gapId) =>
      (gapId === undefined ? statements.questions.all() : statements.questionsOf.all(gapId)).map(
        questionFromRow,
      ),
    link: (id, noteId) => void statements.link.run(noteId, id),
    dismiss: (id, reason, at) => void statements.dismiss.run(at?.getTime() ?? null, reason, id),
  };
}
