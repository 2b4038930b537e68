import { openSqliteDatabase, type Migration } from '../sqlite/database.ts';
import { answerRecordSchema, type AnswerRecord, type FeedbackRecord } from './answer-record.ts';

/** Durable record of every answer and its feedback. */
export interface AnswerStore {
  save(record: AnswerRecord): Promise<void>;
  get(id: string): Promise<AnswerRecord | null>;
  addFeedback(feedback: FeedbackRecord): Promise<void>;
  listFeedback(answerId: string): Promise<FeedbackRecord[]>;
  /** Answers asked after `askedAfter` and with one of `statuses`, or with these `ids` (for knowledge gaps). */
  listAnswers(options: {
    askedAfter?: Date;
    statuses?: AnswerRecord['status'][];
    ids?: string[];
  }): Promise<AnswerRecord[]>;
  /** Feedback given after `givenAfter`, optionally only the helpful or only the unhelpful. */
  listFeedbackSince(options: { givenAfter?: Date; helpful?: boolean }): Promise<FeedbackRecord[]>;
  close(): Promise<void>;
}

/**
 * Answer records live in SQLite, not LanceDB: one small row per answer, written on every question. As a LanceDB
 * append each save was a new table version, and thousands of them grew the server's memory and slowed every
 * save (measured: 3,000 saves, 227 → 1,247 MB, 16 → 98 ms per save); a SQLite insert stays well under 1 ms.
 */
const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'answers and feedback',
    sql: `
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        asked_ms INTEGER NOT NULL,
        user_pseudonym TEXT NOT NULL,
        status TEXT NOT NULL,
        -- The whole record as validated JSON: written once, read back whole.
        record_json TEXT NOT NULL
      );
      CREATE INDEX answers_asked ON answers (asked_ms);
      CREATE INDEX answers_status ON answers (status, asked_ms);
      CREATE TABLE answer_feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        answer_id TEXT NOT NULL REFERENCES answers (id),
        user_pseudonym TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        reason TEXT,
        given_ms INTEGER NOT NULL
      );
      CREATE INDEX answer_feedback_answer ON answer_feedback (answer_id);
      CREATE INDEX answer_feedback_given ON answer_feedback (given_ms);
    `,
  },
];

interface FeedbackRow {
  answer_id: string;
  user_pseudonym: string;
  helpful: number;
  reason: string | null;
  given_ms: number;
}

export async function openAnswerStore(options: { file: string }): Promise<AnswerStore> {
  const database = openSqliteDatabase(options.file, migrations, 'antwoordendatabase');
  const insertAnswer = database.prepare(
    'INSERT INTO answers (id, asked_ms, user_pseudonym, status, record_json) VALUES (?, ?, ?, ?, ?)',
  );
  const selectAnswer = database.prepare<[string], { record_json: string }>(
    'SELECT record_json FROM answers WHERE id = ?',
  );
  const insertFeedback = database.prepare(
    'INSERT INTO answer_feedback (answer_id, user_pseudonym, helpful, reason, given_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const selectFeedback = database.prepare<[string], FeedbackRow>(
    'SELECT answer_id, user_pseudonym, helpful, reason, given_ms FROM answer_feedback WHERE answer_id = ? ORDER BY id',
  );

  return {
    async save(record) {
      insertAnswer.run(
        record.id,
        record.askedAt.getTime(),
        record.userPseudonym,
        record.status,
        JSON.stringify(record),
      );
    },
    async get(id) {
      const row = selectAnswer.get(id);
      return row ? parseRecord(row.record_json) : null;
    },
    async listAnswers(options) {
      const clauses: string[] = [];
      const values: (string | number)[] = [];
      if (options.askedAfter) {
        clauses.push('asked_ms > ?');
        values.push(options.askedAfter.getTime());
      }
      if (options.statuses) {
        if (options.statuses.length === 0) return [];
        clauses.push(`status IN (${options.statuses.map(() => '?').join(', ')})`);
        values.push(...options.statuses);
      }
      if (options.ids) {
        if (options.ids.length === 0) return [];
        clauses.push(`id IN (${options.ids.map(() => '?').join(', ')})`);
        values.push(...options.ids);
      }
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      const rows = database
        .prepare<(string | number)[], { record_json: string }>(
          `SELECT record_json FROM answers ${where} ORDER BY asked_ms`,
        )
        .all(...values);
      return rows.map((row) => parseRecord(row.record_json)).filter((record) => record !== null);
    },
    async addFeedback(entry) {
      insertFeedback.run(
        entry.answerId,
        entry.userPseudonym,
        entry.helpful ? 1 : 0,
        entry.reason ?? null,
        entry.givenAt.getTime(),
      );
    },
    async listFeedback(answerId) {
      return selectFeedback.all(answerId).map(feedbackFromRow);
    },
    async listFeedbackSince(options) {
      const clauses: string[] = [];
      const values: number[] = [];
      if (options.givenAfter) {
        clauses.push('given_ms > ?');
        values.push(options.givenAfter.getTime());
      }
      if (options.helpful !== undefined) {
        clauses.push('helpful = ?');
        values.push(options.helpful ? 1 : 0);
      }
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      return database
        .prepare<number[], FeedbackRow>(
          `SELECT answer_id, user_pseudonym, helpful, reason, given_ms FROM answer_feedback ${where} ORDER BY id`,
        )
        .all(...values)
        .map(feedbackFromRow);
    },
    async close() {
      database.close();
    },
  };
}

function parseRecord(json: string): AnswerRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = answerRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function feedbackFromRow(row: FeedbackRow): FeedbackRecord {
  return {
    answerId: row.answer_id,
    userPseudonym: row.user_pseudonym,
    helpful: row.helpful === 1,
    reason: row.reason ?? undefined,
    givenAt: new Date(row.given_ms),
  };
}
