import * as lancedb from '@lancedb/lancedb';
import { Field, Float64, Schema, Utf8, Bool } from 'apache-arrow';
import { sqlString } from '../../ingest/store/index.ts';
import { answerRecordSchema, type AnswerRecord, type FeedbackRecord } from './answer-record.ts';

/** Durable record of every answer and its feedback, in the same LanceDB database as the knowledge base. */
export interface AnswerStore {
  save(record: AnswerRecord): Promise<void>;
  get(id: string): Promise<AnswerRecord | null>;
  addFeedback(feedback: FeedbackRecord): Promise<void>;
  listFeedback(answerId: string): Promise<FeedbackRecord[]>;
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
      if (!rows[0]) return null;
      let json: unknown;
      try {
        json = JSON.parse(String(rows[0].record_json));
      } catch {
        return null;
      }
      const parsed = answerRecordSchema.safeParse(json);
      return parsed.success ? parsed.data : null;
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
      return rows.map((row) => ({
        answerId: String(row.answer_id),
        userPseudonym: String(row.user_pseudonym),
        helpful: Boolean(row.helpful),
        reason: row.reason == null ? undefined : String(row.reason),
        givenAt: new Date(Number(row.given_ms)),
      }));
    },
    async close() {
      answers.close();
      feedback.close();
      connection.close();
    },
  };
}
