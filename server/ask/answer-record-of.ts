import type { IndexInfo } from '../../ingest/types.ts';
import type { AnswerOutcome } from '../answer/index.ts';
import type { AnswerRecord } from '../provenance/answer-record.ts';
import type { RetrievalResult } from '../retrieval/index.ts';

/** An answer's outcome, or `stopped` when the reader stopped it before it was done. */
export type AskOutcome = Omit<AnswerOutcome, 'status'> & { status: AnswerOutcome['status'] | 'stopped' };

export interface AnswerRecordParts {
  id: string;
  askedAt: Date;
  question: string;
  user: { pseudonym: string; groups: string[] };
  /** The reader's filters as asked, kept for the record. */
  filters: Record<string, unknown>;
  retrieval: Pick<RetrievalResult, 'mode' | 'lexicalReason' | 'passages'>;
  outcome: AskOutcome;
  /** The index actually searched; null when there is none yet. */
  indexInfo: IndexInfo | null;
  timings: { retrievalMs: number; totalMs: number };
  /** The message of the `error` event, when the model failed. */
  error: string | null;
}

/** The version of the index an answer came from: the embedding model (or `lexicaal`) and when it was updated. */
export function indexVersionOf(indexInfo: IndexInfo | null): string {
  return indexInfo
    ? `${indexInfo.embeddingModel ?? 'lexicaal'}@${indexInfo.updatedAt.toISOString()}`
    : 'leeg';
}

/** Everything needed to re-check an answer later, in the shape the answer store keeps. */
export function answerRecordOf(parts: AnswerRecordParts): AnswerRecord {
  const { outcome, retrieval } = parts;
  return {
    id: parts.id,
    askedAt: parts.askedAt,
    question: parts.question,
    userPseudonym: parts.user.pseudonym,
    accessGroups: parts.user.groups,
    status: outcome.status,
    answerText: outcome.text,
    dontKnowReason: outcome.dontKnowReason ?? null,
    retrievalMode: retrieval.mode,
    lexicalReason: retrieval.lexicalReason ?? null,
    filters: parts.filters,
    retrieved: retrieval.passages.map((passage, index) => ({
      number: index + 1,
      chunkId: passage.chunk.id,
      documentId: passage.chunk.documentId,
      title: passage.chunk.title,
      relativePath: passage.chunk.relativePath,
      source: passage.chunk.source,
      pageStart: passage.chunk.pageStart ?? null,
      pageEnd: passage.chunk.pageEnd ?? null,
      headingPath: passage.chunk.headingPath,
      contentHash: passage.chunk.contentHash,
      score: passage.score,
      lexicalRank: passage.lexical?.rank ?? null,
      vectorRank: passage.vector?.rank ?? null,
    })),
    cited: [
      ...outcome.citations.map((citation) => ({
        number: citation.number,
        chunkId: citation.chunkId,
        supported: true,
      })),
      ...outcome.flagged.map((flag) => ({ number: flag.number, chunkId: flag.chunkId, supported: false })),
    ],
    model: outcome.model
      ? { name: outcome.model.name, endpoint: outcome.model.endpoint, model: outcome.model.model }
      : null,
    promptVersion: outcome.promptVersion,
    indexVersion: indexVersionOf(parts.indexInfo),
    timings: {
      retrievalMs: Math.round(parts.timings.retrievalMs),
      firstTokenMs: outcome.timings.firstTokenMs ?? null,
      totalMs: Math.round(parts.timings.totalMs),
    },
    usage: {
      promptTokens: outcome.usage.promptTokens ?? null,
      completionTokens: outcome.usage.completionTokens ?? null,
      estimated: outcome.usage.estimated ?? false,
    },
    error: parts.error,
  };
}
