/**
 * The API's wire types: what the routes send and what the web app reads. The web app imports only this file
 * from the server (house rule: web/ imports only API types).
 */
import type { AnswerRecord } from './provenance/answer-record.ts';

export type { ErrorBody } from './errors.ts';
export type { PassageView } from './http/passage-view.ts';
/** Knowledge notes (`/api/notes`) and knowledge gaps (`/api/gaps`). */
export type * from './notes/api-types.ts';
import type { PassageView } from './http/passage-view.ts';

export type RetrievalMode = 'hybrid' | 'lexical';
export type AnswerStatus = 'answered' | 'extractive' | 'dont-know' | 'fallback' | 'stopped';

export interface ChatRequestBody {
  question: string;
  model?: string;
  language?: 'nl' | 'en';
  filters?: { source?: string[]; format?: string[]; from?: string; to?: string };
}

/** `event: sources` — sent first. */
export interface SourcesEvent {
  retrievalMode: RetrievalMode;
  lexicalReason: string | null;
  answerMode: 'model' | 'extractive';
  relevant: boolean;
  passages: PassageView[];
}

/** `event: text-delta` — a live preview; `answer-end.text` replaces it. */
export interface TextDeltaEvent {
  type: 'text-delta';
  text: string;
}

/** `event: citation` */
export interface CitationEvent {
  type: 'citation';
  number: number;
  chunkId: string;
  supported: boolean;
  reason?: string;
}

/** `event: error` — the model failed; an answer from the sources alone follows. */
export interface ErrorEvent {
  type: 'error';
  code: 'model_timeout' | 'model_stalled' | 'model_http' | 'model_unreachable' | 'model_malformed';
  message: string;
}

export type { Quote as QuoteView } from './answer/types.ts';
import type { Quote as QuoteView } from './answer/types.ts';

/** `event: answer-end` — the final, verified answer. */
export interface AnswerEndEvent {
  answerId: string;
  status: AnswerStatus;
  /** Markers read `[n]` (verified) or `[n?]` (flagged: the passage does not support the sentence). */
  text: string;
  citations: { number: number; chunkId: string; supported: boolean; score: number }[];
  flagged: { number: number; chunkId: string; sentence: string; reason: string }[];
  quotes: QuoteView[];
  dontKnowReason: string | null;
  model: { name: string; endpoint: string; model: string } | null;
  timings: { retrievalMs: number; firstTokenMs: number | null; totalMs: number };
  provenanceUrl: string;
}

export interface SearchResponse {
  query: string;
  mode: RetrievalMode;
  lexicalReason: string | null;
  relevant: boolean;
  irrelevantReason: string | null;
  timings: {
    embedMs?: number;
    lexicalMs: number;
    vectorMs?: number;
    fuseMs: number;
    rerankMs?: number;
    totalMs: number;
  };
  results: (PassageView & {
    lexicalRank: number | null;
    vectorRank: number | null;
    coverage: number;
    collapsed: string[];
  })[];
}

export interface DocumentResponse {
  id: string;
  title: string;
  source: string;
  relativePath: string;
  format: string;
  sizeBytes: number;
  modifiedAt: string;
  indexedAt: string;
  contentHash: string;
  pageCount: number;
  warnings: string[];
  text: string;
  chunks: {
    id: string;
    ordinal: number;
    start: number;
    end: number;
    pageStart: number | null;
    pageEnd: number | null;
    headingPath: string[];
  }[];
}

export type AnswerRecordResponse = Omit<AnswerRecord, 'askedAt'> & {
  askedAt: string;
  feedback: { helpful: boolean; reason: string | null; givenAt: string }[];
};

export interface FeedbackBody {
  helpful: boolean;
  reason?: string;
}

export interface HealthResponse {
  status: 'ok';
  index: {
    documents: number;
    searchableDocuments: number;
    chunks: number;
    pages: number;
    byStatus: Record<string, number>;
    bySource: Record<string, number>;
    updatedAt: string | null;
    lastJob: { id: string; status: string; finishedAt: string | null } | null;
  };
  retrieval: { mode: RetrievalMode; lexicalReason: string | null; indexEmbeddingModel: string | null };
  embedding: { loaded: true; model: string; revision: string } | { loaded: false; reason: string | null };
  chatModels: {
    name: string;
    endpoint: string;
    model: string;
    default: boolean;
    reachable: boolean;
    error: string | null;
  }[];
  answerMode: 'model' | 'extractive';
}

export type { MeResponse } from './contract/me.ts';
