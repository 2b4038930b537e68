export { answerQuestion, dontKnowReasons, type AnswerRequest } from './answer-question.ts';
export type { ChatModel, ChatStreamOptions, PingFailure, PingInfo } from './chat-model.ts';
export {
  checkCitations,
  minCoverage,
  minShare,
  type CitationCheck,
  type SentenceCheck,
} from './citations.ts';
export {
  dontKnowText,
  extractiveAnswer,
  extractiveLabel,
  type ExtractiveAnswer,
  type ExtractiveOptions,
} from './extractive.ts';
export { describePingFailure, isModelError, ModelError, type ModelErrorKind } from './model-error.ts';
export { createOpenAiChatModel } from './openai-chat-model.ts';
export { buildPrompt, dontKnowPhrase, neutraliseMarkers, promptVersion, type PromptInput } from './prompt.ts';
export type {
  AnswerEvent,
  AnswerLanguage,
  AnswerOutcome,
  AnswerStatus,
  ChatMessage,
  Citation,
  FlaggedCitation,
  Passage,
  Quote,
  TokenUsage,
} from './types.ts';
