import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';
import type { ChatModel } from '../answer/index.ts';

/** The request named a model that is not configured. */
export type ModelChoiceFailure = Failure<'unknown_model', { name: string }>;

/**
 * The model a question is answered with: the one asked for, else the configured default; null for
 * passages only (`none`, or no model configured).
 */
export function chooseChatModel(
  models: readonly ChatModel[],
  defaultName: string | null | undefined,
  requested: string | undefined,
): Result<ChatModel | null, ModelChoiceFailure> {
  if (requested === 'none') return ok(null);
  const name = requested ?? defaultName;
  if (name === null || name === undefined) return ok(null);
  const model = models.find((candidate) => candidate.name === name);
  return model ? ok(model) : fail({ code: 'unknown_model', name });
}
