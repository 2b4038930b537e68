/** Asking a question, as one use case: what the chat route streams and the evaluation measures. */
export { askQuestion, type AskDependencies, type AskEvent, type AskInput } from './ask-question.ts';
export {
  answerRecordOf,
  indexVersionOf,
  type AnswerRecordParts,
  type AskOutcome,
} from './answer-record-of.ts';
export { chooseChatModel, type ModelChoiceFailure } from './choose-model.ts';
