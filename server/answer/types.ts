import type { ChunkRecord } from '../../ingest/types.ts';
import type { ModelErrorKind } from './model-error.ts';

export type AnswerLanguage = 'nl' | 'en';

/** A retrieved chunk as the model sees it: numbered 1..n in retrieval order, cited as `[n]`. */
export interface Passage {
  number: number;
  chunk: ChunkRecord;
  /** How the answer text cites this passage instead of "title, p. n" (a knowledge note: "Ervaringskennis — …"). */
  label?: string;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface TokenUsage {
  promptTokens?: number;
  completionTokens?: number;
  /** True when the server sent no usage and the counts are estimated from the text length. */
  estimated?: boolean;
}

/**
 * What `answerQuestion` streams. `text-delta` events are a live preview: the outcome's `text`
 * is the final answer and replaces the preview (it differs when citations were cleaned, the
 * answer became "Ik weet het niet", or the model failed). No `text-delta` follows an `error`.
 */
export type AnswerEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'citation'; number: number; chunkId: string; supported: boolean; reason?: string }
  | { type: 'error'; code: ModelErrorKind; message: string };

export type AnswerStatus = 'answered' | 'extractive' | 'dont-know' | 'fallback';

/** A passage the final text cites; `score` is the support score in [0, 1] (see `checkCitations`). */
export interface Citation {
  number: number;
  chunkId: string;
  supported: boolean;
  score: number;
}

/** A citation the model made that the passage does not back; its marker reads `[n?]` in the text. */
export interface FlaggedCitation {
  number: number;
  chunkId: string;
  sentence: string;
  reason: string;
}

/** A verbatim quote in an extractive answer, with offsets for highlighting it in the document. */
export interface Quote {
  number: number;
  chunkId: string;
  text: string;
  /** Offsets in the chunk's text. */
  chunkStart: number;
  chunkEnd: number;
  /** Offsets in the document's extracted text (`chunk.start` added). */
  documentStart: number;
  documentEnd: number;
}

export interface AnswerOutcome {
  status: AnswerStatus;
  /** The final text to show; citation markers `[n]` point at `citations`, `[n?]` at `flagged`. */
  text: string;
  /** Only passages the text cites and that back it, in order of number. */
  citations: Citation[];
  flagged: FlaggedCitation[];
  /** Extractive and fallback answers: the quoted sentences. */
  quotes: Quote[];
  dontKnowReason?: string;
  /** The model that was asked (also set for `fallback` and model-made `dont-know`). */
  model?: { name: string; endpoint: string; model: string };
  /** Set when the model failed; the same code the `error` event carried. */
  error?: { code: ModelErrorKind; message: string };
  promptVersion: string;
  usage: TokenUsage;
  timings: { firstTokenMs?: number; modelMs?: number };
}
