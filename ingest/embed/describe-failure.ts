/**
 * The Dutch words for a model that did not load or failed to embed, for admins (the reason search is lexical,
 * stored with the index). The caller adds which model it was (ingest says "embeddingmodel X niet geladen: …").
 */
import {
  classifyLoadError,
  messageOf,
  type EmbedderLoadFailure,
  type LoadErrorKind,
} from './load-failure.ts';

const loadErrorWords: Record<LoadErrorKind, string> = {
  'files-missing': 'modelbestanden ontbreken in de modellenmap en downloaden staat uit',
  download: 'het model kon niet worden gedownload',
  onnx: 'het ONNX-bestand is beschadigd of geen model dat onnxruntime kan uitvoeren',
  config: 'de configuratie of de tokenizer van het model is onleesbaar',
  other: 'het model kon niet worden geladen',
};

/** What the libraries threw while loading, in words. */
export function describeLoadFailure(error: unknown): string {
  const { kind, message } = classifyLoadError(error);
  return `${loadErrorWords[kind]} (${message})`;
}

export function describeEmbedFailure(error: unknown): string {
  return `embedden mislukt (${messageOf(error)})`;
}

/** The whole message of an error that caused a failure. */
const errorText = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

const downloadAdvice = 'en downloaden staat uit; zet de modelbestanden daar neer of sta downloaden toe';

export function describeEmbedderLoadFailure(failure: EmbedderLoadFailure): string {
  switch (failure.code) {
    case 'cancelled':
      return 'het laden van het model is geannuleerd';
    case 'model-missing':
      return `het model staat niet in de modellenmap (${failure.folder}) ${downloadAdvice}`;
    case 'model-incomplete':
      return `het model in ${failure.folder} is onvolledig (ontbreekt: ${failure.missing.join(', ')}) ${downloadAdvice}`;
    case 'worker-not-started':
      return `de embedding-worker kon niet starten (${errorText(failure.cause)})`;
    case 'worker-crashed':
      return `de embedding-worker liep vast tijdens het laden (${errorText(failure.cause)})`;
    case 'worker-exited':
      return `de embedding-worker stopte tijdens het laden (exitcode ${failure.exitCode})`;
    case 'load-timeout':
      return `het laden van het model duurde langer dan ${failure.seconds} s en is afgebroken`;
    case 'load-failed':
      return `${loadErrorWords[failure.kind]} (${failure.message})`;
    case 'tokenizer-failed':
      return `de tokenizer van het model kon niet worden geladen (${errorText(failure.cause)})`;
  }
}
