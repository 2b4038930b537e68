import { describe, expect, it } from 'vitest';
import { chunkRecord } from '../../tests/support/passages.ts';
import type { IndexInfo } from '../../ingest/types.ts';
import { answerRecordSchema } from '../provenance/answer-record.ts';
import {
  answerRecordOf,
  indexVersionOf,
  type AnswerRecordParts,
  type AskOutcome,
} from './answer-record-of.ts';

const tariff = chunkRecord({
  text: 'Een bewonersvergunning kost € 98,40 per jaar.',
  pageStart: 3,
  pageEnd: 3,
});
const areas = chunkRecord({
  text: 'In gebied A één vergunning per adres.',
  ordinal: 1,
  headingPath: ['4.2'],
});

const indexInfo: IndexInfo = {
  embeddingModel: null,
  embeddingRevision: null,
  dimensions: null,
  lexicalReason: 'test',
  chunking: { maxTokens: 400, overlapTokens: 40, tokenizer: 'schatting' },
  updatedAt: new Date('2026-01-02T03:04:05Z'),
};

const answered: AskOutcome = {
  status: 'answered',
  text: 'Het kost € 98,40 [1]. Eén per adres [2?].',
  citations: [{ number: 1, chunkId: tariff.id, supported: true, score: 0.9 }],
  flagged: [{ number: 2, chunkId: areas.id, sentence: 'Eén per adres [2?].', reason: 'te zwak' }],
  quotes: [],
  model: { name: 'lokaal', endpoint: 'model.test:8000', model: 'm' },
  promptVersion: 'vraagbaak-answer-v1',
  usage: { promptTokens: 120, completionTokens: 12 },
  timings: { firstTokenMs: 42, modelMs: 300 },
};

function parts(overrides: Partial<AnswerRecordParts> = {}): AnswerRecordParts {
  return {
    id: 'antwoord-1',
    askedAt: new Date('2026-02-01T10:00:00Z'),
    question: 'Wat kost een bewonersvergunning?',
    user: { pseudonym: 'p-1', groups: ['medewerkers'] },
    filters: { source: ['voorbeeld'] },
    retrieval: {
      mode: 'lexical',
      lexicalReason: 'geen model',
      passages: [
        { chunk: tariff, score: 0.5, lexical: { rank: 1, score: 9 }, coverage: 1, collapsed: [] },
        { chunk: areas, score: 0.25, vector: { rank: 3, similarity: 0.7 }, coverage: 0.5, collapsed: [] },
      ],
    },
    outcome: answered,
    indexInfo,
    timings: { retrievalMs: 12.6, totalMs: 345.4 },
    error: null,
    ...overrides,
  };
}

describe('answerRecordOf', () => {
  it('keeps what was asked, found and said, in the stored shape', () => {
    const record = answerRecordOf(parts());
    expect(answerRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      id: 'antwoord-1',
      userPseudonym: 'p-1',
      accessGroups: ['medewerkers'],
      status: 'answered',
      answerText: answered.text,
      dontKnowReason: null,
      retrievalMode: 'lexical',
      lexicalReason: 'geen model',
      filters: { source: ['voorbeeld'] },
      model: { name: 'lokaal', endpoint: 'model.test:8000', model: 'm' },
      promptVersion: 'vraagbaak-answer-v1',
      indexVersion: 'lexicaal@2026-01-02T03:04:05.000Z',
      timings: { retrievalMs: 13, firstTokenMs: 42, totalMs: 345 },
      usage: { promptTokens: 120, completionTokens: 12, estimated: false },
      error: null,
    });
  });

  it('numbers the retrieved passages in order, with their ranks in each list', () => {
    const [first, second] = answerRecordOf(parts()).retrieved;
    expect(first).toEqual({
      number: 1,
      chunkId: tariff.id,
      documentId: tariff.documentId,
      title: tariff.title,
      relativePath: tariff.relativePath,
      source: 'voorbeeld',
      pageStart: 3,
      pageEnd: 3,
      headingPath: [],
      contentHash: tariff.contentHash,
      score: 0.5,
      lexicalRank: 1,
      vectorRank: null,
    });
    expect(second).toMatchObject({ number: 2, pageStart: null, lexicalRank: null, vectorRank: 3 });
  });

  it('lists supported citations first, then the flagged ones as unsupported', () => {
    expect(answerRecordOf(parts()).cited).toEqual([
      { number: 1, chunkId: tariff.id, supported: true },
      { number: 2, chunkId: areas.id, supported: false },
    ]);
  });

  it('records a stopped answer without model details and with nulls for what is unknown', () => {
    const stopped: AskOutcome = {
      status: 'stopped',
      text: '',
      citations: [],
      flagged: [],
      quotes: [],
      promptVersion: '',
      usage: {},
      timings: {},
    };
    const record = answerRecordOf(parts({ outcome: stopped, indexInfo: null, error: 'weg' }));
    expect(record).toMatchObject({
      status: 'stopped',
      model: null,
      cited: [],
      indexVersion: 'leeg',
      timings: { firstTokenMs: null },
      usage: { promptTokens: null, completionTokens: null, estimated: false },
      error: 'weg',
    });
  });

  it('names the embedding model of an index with vectors', () => {
    expect(indexVersionOf({ ...indexInfo, embeddingModel: 'e5-small' })).toBe(
      'e5-small@2026-01-02T03:04:05.000Z',
    );
  });
});
