import * as lancedb from '@lancedb/lancedb';
import { Field, Float64, Schema, Utf8, Bool } from 'apache-arrow';
import { sqlNumber, sqlString, sqlStringList } from '../../ingest/store/index.ts';
import { answerRecordSchema, type AnswerRecord, type FeedbackRecord } from './answer-record.ts';

/** Durable record of every answer and its feedback, in the same LanceDB database as the knowledge base. */
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

const answersSchema = new Schema([
  new Field('id', new Utf8(), false),
  new Field('asked_ms', new Float64(), false),
  new Field('user_pseudonym', new Utf8(), false),
  new Field('status', new Utf8(), false),
  // The whole record as validated JSON: it is written once and read back whole.
  new Field('record_json', new Utf8(), false),
]);

const feedbackTableSchema = new Schema([
  new Field('answer_id', new Utf8(), false),
  new Field('user_pseudonym', new Utf8(), false),
  new Field('helpful', new Bool(), false),
  new Field('reason', new Utf8(), true),
  new Field('given_ms', new Float64(), false),
]);

export async function openAnswerStore(options: { uri: string }): Promise<AnswerStore> {
  const connection = await lancedb.connect(options.uri);
  const open = async (name: string, schema: Schema) =>
    (await connection.tableNames()).includes(name)
      ? connection.openTable(name)
      : connection.createEmptyTable(name, schema, { existOk: true });
  const answers = await open('answers', answersSchema);
  const feedback = await open('answer_feedback', feedbackTableSchema);

  return {
    async save(record) {
      await answers.add([
        {
          id: record.id,
          asked_ms: record.askedAt.getTime(),
          user_pseudonym: record.userPseudonym,
          status: record.status,
          record_json: JSON.stringify(record),
        },
      ]);
    },
    async get(id) {
      const rows = await answers
        .query()
        .where(`id = ${sqlString(id)}`)
        .limit(1)
        .toArray();
      return rows[0] ? parseRecord(rows[0].record_json) : null;
    },
    async listAnswers(options) {
      const clauses: string[] = [];
      if (options.askedAfter) clauses.push(`asked_ms > ${sqlNumber(options.askedAfter.getTime())}`);
      if (options.statuses) {
        if (options.statuses.length === 0) return [];
        clauses.push(`status IN ${sqlStringList(options.statuses)}`);
      }
      if (options.ids) {
        if (options.ids.length === 0) return [];
        clauses.push(`id IN ${sqlStringList(options.ids)}`);
      }
      let query = answers.query().select(['record_json']);
      if (clauses.length > 0) query = query.where(clauses.join(' AND '));
      const records = (await query.toArray())
        .map((row) => parseRecord(row.record_json))
        .filter((record): record is AnswerRecord => record !== null);
      return records.sort((a, b) => a.askedAt.getTime() - b.askedAt.getTime());
    },
    async addFeedback(entry) {
      await feedback.add([
        {
          answer_id: entry.answerId,
          user_pseudonym: entry.userPseudonym,
          helpful: entry.helpful,
          reason: entry.reason ?? null,
          given_ms: entry.givenAt.getTime(),
        },
      ]);
    },
    async listFeedback(answerId) {
      const rows = await feedback
        .query()
        .where(`answer_id = ${sqlString(answerId)}`)
        .toArray();
      return rows.map(feedbackFromRow);
    },
    async listFeedbackSince(options) {
      const clauses: string[] = [];
      if (options.givenAfter) clauses.push(`given_ms > ${sqlNumber(options.givenAfter.getTime())}`);
      if (options.helpful !== undefined) clauses.push(`helpful = ${options.helpful ? 'true' : 'false'}`);
      let query = feedback.query();
      if (clauses.length > 0) query = query.where(clauses.join(' AND '));
      return (await query.toArray()).map(feedbackFromRow);
    },
    async close() {
      answers.close();
      feedback.close();
      connection.close();
    },
  };
}

function parseRecord(json: unknown): AnswerRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(String(json));
  } catch {
    return null;
  }
  const parsed = answerRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function feedbackFromRow(row: Record<string, unknown>): FeedbackRecord {
  return {
    answerId: String(row.answer_id),
    userPseudonym: String(row.user_pseudonym),
    helpful: Boolean(row.helpful),
    reason: row.reason == null ? undefined : String(row.reason),
    givenAt: new Date(Number(row.given_ms)),
  };
}
