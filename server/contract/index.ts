/**
 * The API contract's public entry: wire types, the schemas the web app may need, and the route types its typed
 * clients are built from (`hc<HealthRoutes>(…)`). The only server file the web app may import (an ESLint rule).
 * Route types are type-only exports: nothing of the server's code reaches the web bundle.
 */
export type { AnswerRecordResponse, FeedbackBody, FeedbackSaved } from './answers.ts';
export type {
  AnswerEndEvent,
  AnswerStatus,
  ChatEventName,
  ChatEvents,
  ChatRequestBody,
  CitationEvent,
  ErrorEvent,
  QuoteView,
  SourcesEvent,
  TextDeltaEvent,
} from './chat.ts';
export type { ErrorBody, ErrorCode } from './common.ts';
export type { DocumentResponse } from './documents.ts';
export type { HealthResponse } from './health.ts';
export type { MeResponse } from './me.ts';
export type { OpenApiDocument } from './openapi.ts';
export type { NoteCitation, PassageView, RetrievalMode } from './passage.ts';
export type { SearchResponse } from './search.ts';

export type { AnswersRoutes } from '../routes/answers.ts';
export type { ChatRoutes } from '../routes/chat.ts';
export type { DocumentsRoutes } from '../routes/documents.ts';
export type { HealthRoutes } from '../routes/health.ts';
export type { MeRoutes } from '../routes/me.ts';
export type { SearchRoutes } from '../routes/search.ts';

/** The admin console (`/api/admin`) and the knowledge notes and gaps (`/api/notes`, `/api/gaps`). */
export type * from './admin-index.ts';
export type * from './notes-index.ts';
