/**
 * Runs the model in a worker thread, so inference (hundreds of milliseconds per batch) never blocks the
 * server's event loop. Started through embed-worker.mjs; talks to worker-client.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { env, LogLevel, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { planTokenBatches } from './batching.ts';
import { describeEmbedFailure } from './describe-failure.ts';
import { classifyLoadError } from './load-failure.ts';
import { modelFolder, modelRevision } from './model-folder.ts';
import type { EmbedRequest, WorkerMessage, WorkerSettings } from './worker-protocol.ts';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('embed-worker.ts must run in a worker thread');
const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

env.localModelPath = settings.modelsDir;
env.cacheDir = settings.modelsDir;
env.allowLocalModels = true;
env.allowRemoteModels = settings.allowDownload;
if (settings.remoteHost) env.remoteHost = settings.remoteHost;
// A missing local file is expected when downloading; the load result reports real problems.
env.logLevel = LogLevel.ERROR;

async function embedBatch(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array> {
  // Mean pooling over real tokens and L2 normalisation: how e5 (and most sentence encoders) are meant to be used.
  const output = await extractor(texts, { pooling: 'mean', normalize: true });
  return output.data as Float32Array;
}

/** Embeds in model calls of at most `batchTokens` padded tokens; the result is in request order. */
async function embed(
  extractor: FeatureExtractionPipeline,
  texts: string[],
  dimensions: number,
): Promise<Float32Array> {
  const { tokenizer } = extractor;
  const limit = tokenizer.model_max_length;
  const lengths = texts.map((text) => Math.min(tokenizer.encode(text).length, limit));
  const result = new Float32Array(texts.length * dimensions);
  for (const indexes of planTokenBatches(lengths, settings.batchTokens)) {
    const vectors = await embedBatch(
      extractor,
      indexes.map((index) => texts[index] as string),
    );
    indexes.forEach((index, position) =>
      result.set(vectors.subarray(position * dimensions, (position + 1) * dimensions), index * dimensions),
    );
  }
  return result;
}

interface Loaded {
  extractor: FeatureExtractionPipeline;
  dimensions: number;
}

async function load(): Promise<Loaded | undefined> {
  try {
    const extractor = await pipeline('feature-extraction', settings.model, {
      dtype: settings.dtype,
      local_files_only: !settings.allowDownload,
      session_options: {
        ...(settings.threads ? { intraOpNumThreads: settings.threads } : {}),
        interOpNumThreads: 1,
        ...(settings.allowSpinning ? {} : { extra: { session: { intra_op: { allow_spinning: '0' } } } }),
      },
    });
    // One real inference proves the graph runs and tells the true dimensions.
    const dimensions = (await embedBatch(extractor, ['test'])).length;
    const revision = await modelRevision(modelFolder(settings.modelsDir, settings.model), settings.dtype);
    send({ type: 'ready', dimensions, revision });
    return { extractor, dimensions };
  } catch (error) {
    send({ type: 'load-failed', ...classifyLoadError(error) });
    return undefined;
  }
}

const loaded = await load();
if (loaded) {
  // One batch at a time: concurrent runs would fight over the same cores.
  let queue = Promise.resolve();
  port.on('message', (request: EmbedRequest) => {
    queue = queue.then(async () => {
      try {
        const vectors = await embed(loaded.extractor, request.texts, loaded.dimensions);
        send({ type: 'embedded', id: request.id, vectors }, [vectors.buffer as ArrayBuffer]);
      } catch (error) {
        send({ type: 'embed-failed', id: request.id, reason: describeEmbedFailure(error) });
      }
    });
  });
}
