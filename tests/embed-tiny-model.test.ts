/**
 * The real loading path (worker thread, transformers.js pipeline, onnxruntime) with the tiny generated model.
 * tests/global-setup.ts writes it; beforeAll writes it again only if it is missing (a no-op otherwise).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeEmbedderLoadFailure,
  loadEmbedder,
  type Embedder,
  type EmbedderOptions,
} from '../ingest/embed/index.ts';
import { writeTinyModel } from '../scripts/make-tiny-model.ts';
import { generatedDir } from './global-setup.ts';
import { startModelServer } from './support/model-server.ts';

const modelsDir = path.join(generatedDir, 'models');
let modelId: string;
let modelDir: string;
let scratch: string;
let q8: Embedder;
let fp32: Embedder;

async function load(options: Partial<EmbedderOptions> = {}): Promise<Embedder> {
  const loaded = await loadEmbedder({ model: modelId, modelsDir, ...options });
  if (!loaded.ok) throw new Error(`tiny model did not load: ${describeEmbedderLoadFailure(loaded.reason)}`);
  return loaded.value;
}

/** A failed load in the words an admin reads (the load itself gives a code). */
const reasonOf = (loaded: Awaited<ReturnType<typeof loadEmbedder>>) =>
  loaded.ok ? 'loaded' : describeEmbedderLoadFailure(loaded.reason);

const norm = (vector: Float32Array) => Math.hypot(...vector);
const cosine = (a: Float32Array, b: Float32Array) =>
  a.reduce((sum, value, index) => sum + value * (b[index] as number), 0);
const maxDifference = (a: Float32Array, b: Float32Array) =>
  Math.max(...Array.from(a, (value, index) => Math.abs(value - (b[index] as number))));

const passages = [
  'De gemeente Groningen verleent een omgevingsvergunning voor de verbouwing.',
  'Inwoners kunnen bezwaar maken tegen het besluit van het college.',
  'Afval',
  'De wethouder heeft de begroting voor het jaar aan de gemeenteraad gestuurd, met een toelichting per wijk.',
  '',
];

beforeAll(async () => {
  ({ modelId, dir: modelDir } = await writeTinyModel(modelsDir));
  scratch = await mkdtemp(path.join(tmpdir(), 'embed-tiny-'));
  [q8, fp32] = await Promise.all([
    load({ dtype: 'q8', batchSize: 2 }),
    load({ dtype: 'fp32', batchSize: 3, batchTokens: 40 }),
  ]);
});

afterAll(async () => {
  await Promise.all([q8?.close(), fp32?.close()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('tiny model through loadEmbedder', () => {
  it('describes the model it loaded', () => {
    expect(q8.info).toMatchObject({ model: modelId, dimensions: 32, maxTokens: 512, tokenizer: modelId });
    expect(q8.info.revision).toMatch(/^sha256:[0-9a-f]{16}$/);
    // fp32 and q8 are different files with different vectors, so different revisions.
    expect(fp32.info.revision).not.toBe(q8.info.revision);
  });

  it('returns one unit vector per passage, of the model dimensions', async () => {
    for (const embedder of [q8, fp32]) {
      const vectors = await embedder.embedPassages(passages);
      expect(vectors).toHaveLength(passages.length);
      for (const vector of vectors) {
        expect(vector).toBeInstanceOf(Float32Array);
        expect(vector).toHaveLength(32);
        expect(norm(vector)).toBeCloseTo(1, 4);
      }
      expect(await embedder.embedPassages([])).toEqual([]);
    }
  });

  it('is deterministic', async () => {
    const first = await fp32.embedPassages(passages);
    const second = await fp32.embedPassages(passages);
    first.forEach((vector, index) =>
      expect(Array.from(vector)).toEqual(Array.from(second[index] as Float32Array)),
    );
  });

  it('keeps input order across length-sorted batches: batched equals one at a time', async () => {
    const batched = await fp32.embedPassages(passages);
    for (const [index, passage] of passages.entries()) {
      const [single] = await fp32.embedPassages([passage]);
      expect(maxDifference(batched[index] as Float32Array, single as Float32Array)).toBeLessThan(1e-5);
    }
    // q8 quantizes activations per batch, so a batch is close to, not equal to, single calls.
    const quantized = await q8.embedPassages(passages);
    for (const [index, passage] of passages.entries()) {
      const [single] = await q8.embedPassages([passage]);
      expect(cosine(quantized[index] as Float32Array, single as Float32Array)).toBeGreaterThan(0.99);
    }
  });

  it('gives different texts different vectors, and q8 close to fp32', async () => {
    const [a, b] = await fp32.embedPassages([passages[0] as string, passages[1] as string]);
    expect(maxDifference(a as Float32Array, b as Float32Array)).toBeGreaterThan(1e-3);
    const [quantized] = await q8.embedPassages([passages[0] as string]);
    expect(cosine(a as Float32Array, quantized as Float32Array)).toBeGreaterThan(0.98);
  });

  it('handles concurrent calls without mixing up results', async () => {
    const [first, second] = await Promise.all([
      fp32.embedPassages(passages.slice(0, 2)),
      fp32.embedPassages(passages.slice(2)),
    ]);
    const sequential = await fp32.embedPassages(passages);
    [...(first ?? []), ...(second ?? [])].forEach((vector, index) =>
      expect(maxDifference(vector, sequential[index] as Float32Array)).toBeLessThan(1e-5),
    );
  });

  it('counts tokens with the model tokenizer, special tokens and passage prefix included', async () => {
    // "de gemeente" is two vocabulary words; [CLS] and [SEP] make four.
    expect(fp32.countTokens('De gemeente')).toBe(4);
    expect(fp32.countTokens('')).toBe(2);
    const prefixed = await load({ passagePrefix: 'passage: ', queryPrefix: 'query: ' });
    try {
      // "passage", ":" and the text's two words, plus [CLS] and [SEP].
      expect(prefixed.countTokens('De gemeente')).toBe(6);
      const [passage] = await prefixed.embedPassages(['de gemeente']);
      const query = await prefixed.embedQuery('de gemeente');
      const [plain] = await fp32.embedPassages(['de gemeente']);
      // The prefixes change what the model sees.
      expect(maxDifference(passage as Float32Array, query)).toBeGreaterThan(1e-4);
      expect(maxDifference(passage as Float32Array, plain as Float32Array)).toBeGreaterThan(1e-4);
    } finally {
      await prefixed.close();
    }
  });

  it('embeds a query as a unit vector', async () => {
    const query = await q8.embedQuery('Hoe vraag ik een parkeervergunning aan?');
    expect(query).toHaveLength(32);
    expect(norm(query)).toBeCloseTo(1, 4);
  });

  it('stops between batches when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(fp32.embedPassages(passages, { signal: controller.signal })).rejects.toThrow();
    await expect(fp32.embedQuery('x', { signal: controller.signal })).rejects.toThrow();
  });

  it('rejects calls after close instead of hanging', async () => {
    const embedder = await load();
    await embedder.close();
    await expect(embedder.embedPassages(['de gemeente'])).rejects.toThrow(/gesloten/);
  });
});

describe('loading failures give a reason, fast', () => {
  it('a model that is not in the folder', async () => {
    const started = Date.now();
    const loaded = await loadEmbedder({ model: 'absent/model', modelsDir });
    expect(reasonOf(loaded)).toMatch(/niet in de modellenmap/);
    expect(loaded).toMatchObject({ ok: false, reason: { code: 'model-missing' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a damaged ONNX file', async () => {
    const copy = path.join(scratch, 'damaged', 'org', 'model');
    await cp(modelDir, copy, { recursive: true });
    await writeFile(path.join(copy, 'onnx', 'model_quantized.onnx'), 'this is not a protobuf model');
    const loaded = await loadEmbedder({ model: 'org/model', modelsDir: path.join(scratch, 'damaged') });
    expect(reasonOf(loaded)).toMatch(/ONNX-bestand is beschadigd/);
    expect(loaded).toMatchObject({ ok: false, reason: { code: 'load-failed', kind: 'onnx' } });
  });

  it('a load that takes longer than allowed', async () => {
    const started = Date.now();
    const loaded = await loadEmbedder({ model: modelId, modelsDir, loadTimeoutMs: 50 });
    expect(reasonOf(loaded)).toMatch(/duurde langer dan/);
    expect(loaded).toMatchObject({ ok: false, reason: { code: 'load-timeout' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a cancelled load', async () => {
    const controller = new AbortController();
    const loading = loadEmbedder({ model: modelId, modelsDir, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(reasonOf(await loading)).toMatch(/geannuleerd/);
  });
});

describe('downloads', () => {
  it('the offline switch forbids any request, even when the model is available remotely', async () => {
    const server = await startModelServer(modelDir);
    try {
      const started = Date.now();
      const loaded = await loadEmbedder({
        model: 'remote/tiny-bert',
        modelsDir: scratch,
        remoteHost: server.url,
      });
      expect(reasonOf(loaded)).toMatch(/downloaden staat uit/);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('downloads into the models folder once, then loads offline from it', async () => {
    const server = await startModelServer(modelDir);
    const downloadDir = path.join(scratch, 'downloads');
    try {
      const downloaded = await loadEmbedder({
        model: 'remote/tiny-bert',
        modelsDir: downloadDir,
        remoteHost: server.url,
        allowDownload: true,
      });
      if (!downloaded.ok) throw new Error(describeEmbedderLoadFailure(downloaded.reason));
      await downloaded.value.close();
      expect(server.requests).toContain('GET /remote/tiny-bert/resolve/main/onnx/model_quantized.onnx');
      expect(downloaded.value.info.revision).toBe(q8.info.revision);

      server.requests.length = 0;
      const offline = await loadEmbedder({
        model: 'remote/tiny-bert',
        modelsDir: downloadDir,
        remoteHost: server.url,
      });
      if (!offline.ok) throw new Error(describeEmbedderLoadFailure(offline.reason));
      await offline.value.close();
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a failed download gives a reason', async () => {
    const server = await startModelServer(path.join(scratch, 'empty-remote'));
    try {
      const loaded = await loadEmbedder({
        model: 'remote/missing',
        modelsDir: path.join(scratch, 'failed-downloads'),
        remoteHost: server.url,
        allowDownload: true,
      });
      expect(reasonOf(loaded)).toMatch(/gedownload|geladen/);
      expect(server.requests.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
