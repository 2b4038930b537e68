/**
 * Turns what transformers.js and onnxruntime throw into a Dutch sentence an admin can act on. The caller adds
 * which model it was (ingest says "embeddingmodel X niet geladen: <reason>").
 */

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // onnxruntime messages can carry a long stack of native frames; the first line says what went wrong.
  return (message.split('\n')[0] ?? message).trim();
}

export function describeLoadFailure(error: unknown): string {
  const message = messageOf(error);
  const lower = message.toLowerCase();
  if (/not found locally|local_files_only|allowremotemodels/.test(lower)) {
    return `modelbestanden ontbreken in de modellenmap en downloaden staat uit (${message})`;
  }
  if (/fetch failed|enotfound|econnrefused|econnreset|etimedout|network|could not locate file/.test(lower)) {
    return `het model kon niet worden gedownload (${message})`;
  }
  if (/protobuf|onnx|load model|invalid model|failed to load/.test(lower)) {
    return `het ONNX-bestand is beschadigd of geen model dat onnxruntime kan uitvoeren (${message})`;
  }
  if (/json|unexpected token|tokenizer/.test(lower)) {
    return `de configuratie of de tokenizer van het model is onleesbaar (${message})`;
  }
  return `het model kon niet worden geladen (${message})`;
}

export function describeEmbedFailure(error: unknown): string {
  return `embedden mislukt (${messageOf(error)})`;
}
