/**
 * One question, one answer: "Ik weet het niet" when retrieval found nothing relevant, the
 * extractive answer when there is no model, else the model's answer with its citations
 * checked, falling back to the sources whenever the model fails.
 *
 * The caller should `return()` the generator when the client goes away (or abort `signal`):
 * either stops the model stream and cancels its HTTP request.
 */
import type { ChatModel } from './chat-model.ts';
import { checkCitations, type CitationCheck } from './citations.ts';
import { dontKnowText, extractiveAnswer, type ExtractiveOptions } from './extractive.ts';
import { isModelError, ModelError } from './model-error.ts';
import { buildPrompt, promptVersion } from './prompt.ts';
import { foldAccents } from '../../ingest/dutch/index.ts';
import type {
  AnswerEvent,
  AnswerLanguage,
  AnswerOutcome,
  ChatMessage,
  Passage,
  TokenUsage,
} from './types.ts';

export interface AnswerRequest {
  question: string;
  /** Numbered 1..n in retrieval order. */
  passages: readonly Passage[];
  /** Retrieval's verdict: false means no passage is relevant enough to answer from. */
  relevant: boolean;
  irrelevantReason?: string;
  /** null: no model configured or reachable, answer extractively. */
  model: ChatModel | null;
  signal?: AbortSignal;
  language?: AnswerLanguage;
  extractive?: Omit<ExtractiveOptions, 'language'>;
}

export const dontKnowReasons: Record<
  AnswerLanguage,
  {
    irrelevant: string;
    modelDontKnow: string;
    noCitation: string;
    invalidOnly: string;
    unsupportedOnly: string;
  }
> = {
  nl: {
    irrelevant: 'De zoekopdracht vond geen passages die relevant genoeg zijn om de vraag te beantwoorden.',
    modelDontKnow: 'Het taalmodel vond het antwoord niet in de gevonden passages.',
    noCitation: 'Het antwoord van het taalmodel noemde geen bron, dus het is niet te controleren.',
    invalidOnly: 'Het antwoord van het taalmodel verwees alleen naar passages die niet bestaan.',
    unsupportedOnly: 'De passages waarnaar het taalmodel verwees, onderbouwen het antwoord niet.',
  },
  en: {
    irrelevant: 'The search found no passages relevant enough to answer the question.',
    modelDontKnow: 'The language model did not find the answer in the passages found.',
    noCitation: "The language model's answer cited no source, so it cannot be checked.",
    invalidOnly: "The language model's answer only cited passages that do not exist.",
    unsupportedOnly: 'The passages the language model cited do not support its answer.',
  },
};

/** Rough characters per token for Dutch text, for when the server reports no usage. */
const charactersPerToken = 3.5;

function estimateUsage(messages: ChatMessage[], answer: string, reported: TokenUsage | null): TokenUsage {
  if (reported !== null && reported.promptTokens !== undefined) return reported;
  const promptCharacters = messages.reduce((sum, message) => sum + message.content.length, 0);
  return {
    promptTokens: Math.ceil(promptCharacters / charactersPerToken),
    completionTokens: Math.ceil(answer.length / charactersPerToken),
    estimated: true,
  };
}

const saysDontKnow = (text: string): boolean =>
  /\b(ik weet het niet|i don'?t know|i do not know)\b/u.test(foldAccents(text));

/** Lines of a prepared text as deltas, so the reader sees it arrive the same way as a model's answer. */
function* deltasOf(text: string): Generator<AnswerEvent> {
  for (const line of text.match(/[^\n]*\n|[^\n]+$/gu) ?? []) yield { type: 'text-delta', text: line };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function dontKnowReasonFor(check: CitationCheck, answer: string, language: AnswerLanguage): string {
  const reasons = dontKnowReasons[language];
  if (saysDontKnow(answer)) return reasons.modelDontKnow;
  if (check.flagged.length > 0) return reasons.unsupportedOnly;
  if (check.invalid.length > 0) return reasons.invalidOnly;
  return reasons.noCitation;
}

function* citationEvents(check: CitationCheck): Generator<AnswerEvent> {
  for (const citation of check.citations) {
    yield { type: 'citation', number: citation.number, chunkId: citation.chunkId, supported: true };
  }
  const seen = new Set(check.citations.map((citation) => citation.number));
  for (const flag of check.flagged) {
    if (seen.has(flag.number)) continue;
    seen.add(flag.number);
    yield {
      type: 'citation',
      number: flag.number,
      chunkId: flag.chunkId,
      supported: false,
      reason: flag.reason,
    };
  }
}

export async function* answerQuestion(request: AnswerRequest): AsyncGenerator<AnswerEvent, AnswerOutcome> {
  const { question, passages, model, signal } = request;
  const language = request.language ?? 'nl';
  signal?.throwIfAborted();
  const empty = { citations: [], flagged: [], quotes: [], promptVersion, usage: {}, timings: {} };

  if (!request.relevant || passages.length === 0) {
    const reason = request.irrelevantReason ?? dontKnowReasons[language].irrelevant;
    const text = dontKnowText(reason, language);
    yield* deltasOf(text);
    return { ...empty, status: 'dont-know', text, dontKnowReason: reason };
  }

  const extractive = () => extractiveAnswer(question, passages, { ...request.extractive, language });
  if (model === null) {
    const answer = extractive();
    yield* deltasOf(answer.text);
    for (const citation of answer.citations) {
      yield { type: 'citation', number: citation.number, chunkId: citation.chunkId, supported: true };
    }
    return { ...empty, status: 'extractive', ...answer };
  }

  const messages = buildPrompt({ question, passages, language });
  const modelInfo = { name: model.name, endpoint: model.endpointName, model: model.modelId };
  let reported: TokenUsage | null = null;
  let answer = '';
  let firstTokenMs: number | undefined;
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  let failure: ModelError | null = null;
  try {
    const stream = model.stream(messages, {
      ...(signal ? { signal } : {}),
      onUsage: (usage) => (reported = usage),
    });
    for await (const delta of stream) {
      firstTokenMs ??= elapsed();
      answer += delta;
      yield { type: 'text-delta', text: delta };
    }
    if (answer.trim() === '')
      failure = new ModelError('model_malformed', 'Het taalmodel gaf een leeg antwoord.');
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    failure = isModelError(error)
      ? error
      : new ModelError(
          'model_malformed',
          `Onverwachte fout van het taalmodel: ${error instanceof Error ? error.message : String(error)}`,
        );
  }
  const modelMs = elapsed();
  const common = {
    ...empty,
    model: modelInfo,
    usage: estimateUsage(messages, answer, reported),
    timings: { ...(firstTokenMs !== undefined ? { firstTokenMs } : {}), modelMs },
  };

  if (failure !== null) {
    yield { type: 'error', code: failure.kind, message: failure.message };
    const fallback = extractive();
    return {
      ...common,
      status: 'fallback',
      ...fallback,
      error: { code: failure.kind, message: failure.message },
    };
  }

  const check = checkCitations(answer, passages);
  yield* citationEvents(check);
  if (check.citations.length === 0) {
    const reason = dontKnowReasonFor(check, answer, language);
    return {
      ...common,
      status: 'dont-know',
      text: dontKnowText(reason, language),
      dontKnowReason: reason,
      flagged: check.flagged,
    };
  }
  return {
    ...common,
    status: 'answered',
    text: check.text,
    citations: check.citations,
    flagged: check.flagged,
  };
}
