/** The model generator itself: a real BERT graph that onnxruntime runs, and a WordPiece tokenizer for Dutch. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoModel, AutoTokenizer, Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onnxFileName, writeBertModel, type BertSpec } from '../scripts/make-tiny-model.ts';
import { decodeModel } from '../scripts/onnx/onnx-proto.ts';
import { buildVocabulary, specialTokens } from '../scripts/onnx/wordpiece-vocab.ts';

const spec: BertSpec = {
  layers: 2,
  hidden: 24,
  intermediate: 48,
  heads: 3,
  vocabSize: 1500,
  maxPositions: 64,
  seed: 7,
  quantized: false,
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bert-model-'));
  await writeBertModel(dir, spec);
  await writeBertModel(dir, { ...spec, quantized: true });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const int64 = (rows: number[][]) =>
  new Tensor('int64', BigInt64Array.from(rows.flat(), BigInt), [rows.length, rows[0]?.length ?? 0]);

async function run(quantized: boolean, ids: number[][], mask: number[][]): Promise<Tensor> {
  const model = await AutoModel.from_pretrained(dir, {
    dtype: quantized ? 'q8' : 'fp32',
    local_files_only: true,
  });
  try {
    const output = await model({
      input_ids: int64(ids),
      attention_mask: int64(mask),
      token_type_ids: int64(ids.map((row) => row.map(() => 0))),
    });
    return output.last_hidden_state as Tensor;
  } finally {
    await model.dispose();
  }
}

describe('generated BERT graph', () => {
  it('gives last_hidden_state [batch, sequence, hidden] for any batch and length', async () => {
    for (const quantized of [false, true]) {
      expect((await run(quantized, [[2, 40, 41, 3]], [[1, 1, 1, 1]])).dims).toEqual([1, 4, 24]);
      const twoBySeven = Array.from({ length: 2 }, () => [2, 40, 41, 42, 43, 44, 3]);
      expect(
        (
          await run(
            quantized,
            twoBySeven,
            twoBySeven.map((row) => row.map(() => 1)),
          )
        ).dims,
      ).toEqual([2, 7, 24]);
    }
  });

  it('attends only to unmasked tokens: padding does not change the real tokens', async () => {
    const alone = await run(false, [[2, 40, 41, 3]], [[1, 1, 1, 1]]);
    const padded = await run(false, [[2, 40, 41, 3, 0, 0, 0]], [[1, 1, 1, 1, 0, 0, 0]]);
    const real = (padded.data as Float32Array).slice(0, 4 * 24);
    const difference = Math.max(
      ...Array.from(real, (value, index) => Math.abs(value - (alone.data as Float32Array)[index]!)),
    );
    expect(difference).toBeLessThan(1e-5);
    // Without the mask the padding would be attended to and the outputs would change.
    const unmasked = await run(false, [[2, 40, 41, 3, 0, 0, 0]], [[1, 1, 1, 1, 1, 1, 1]]);
    const changed = Array.from((unmasked.data as Float32Array).slice(0, 4 * 24), (value, index) =>
      Math.abs(value - (alone.data as Float32Array)[index]!),
    );
    expect(Math.max(...changed)).toBeGreaterThan(1e-4);
  });

  it('uses position and token type: the same tokens in another order give other outputs', async () => {
    const forward = await run(false, [[2, 40, 41, 3]], [[1, 1, 1, 1]]);
    const swapped = await run(false, [[2, 41, 40, 3]], [[1, 1, 1, 1]]);
    const first = (forward.data as Float32Array).slice(24, 48);
    const moved = (swapped.data as Float32Array).slice(48, 72);
    expect(Math.max(...Array.from(first, (value, index) => Math.abs(value - moved[index]!)))).toBeGreaterThan(
      1e-4,
    );
  });

  it('keeps q8 outputs close to fp32', async () => {
    const ids = [[2, 40, 41, 42, 3]];
    const mask = [[1, 1, 1, 1, 1]];
    const [full, quantized] = [await run(false, ids, mask), await run(true, ids, mask)];
    const a = full.data as Float32Array;
    const b = quantized.data as Float32Array;
    let dot = 0;
    let normA = 0;
    let normB = 0;
    a.forEach((value, index) => {
      dot += value * b[index]!;
      normA += value * value;
      normB += b[index]! * b[index]!;
    });
    expect(dot / Math.sqrt(normA * normB)).toBeGreaterThan(0.99);
  });

  it('quantizes the weight MatMuls dynamically in the q8 file', async () => {
    const model = decodeModel(await readFile(path.join(dir, 'onnx', onnxFileName(true))));
    const ops = model.graph.node.map((node) => node.op_type);
    expect(ops.filter((op) => op === 'MatMulInteger')).toHaveLength(spec.layers * 6);
    expect(ops).toContain('DynamicQuantizeLinear');
    // Only attention's activation×activation products stay float.
    expect(ops.filter((op) => op === 'MatMul')).toHaveLength(spec.layers * 2);
    const full = decodeModel(await readFile(path.join(dir, 'onnx', onnxFileName(false))));
    expect(full.graph.node.map((node) => node.op_type)).not.toContain('MatMulInteger');
    expect(full.graph.output.map((output) => output.name)).toEqual(['last_hidden_state']);
  });

  it('reuses what it wrote for the same spec and rewrites for another', async () => {
    const file = path.join(dir, 'onnx', onnxFileName(false));
    const before = (await stat(file)).mtimeMs;
    expect(await writeBertModel(dir, spec)).toMatchObject({ reused: true });
    expect((await stat(file)).mtimeMs).toBe(before);
    const other = await mkdtemp(path.join(tmpdir(), 'bert-model-other-'));
    try {
      await writeBertModel(other, spec);
      expect(await writeBertModel(other, { ...spec, seed: 8 })).toMatchObject({ reused: false });
      // The quantized file of the old spec no longer counts as written.
      expect(await writeBertModel(other, { ...spec, seed: 8, quantized: true })).toMatchObject({
        reused: false,
      });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe('generated WordPiece tokenizer', () => {
  it('has exactly the asked number of distinct pieces, the same every time', () => {
    const vocabulary = buildVocabulary(5000);
    expect(vocabulary).toHaveLength(5000);
    expect(new Set(vocabulary).size).toBe(5000);
    expect(buildVocabulary(5000)).toEqual(vocabulary);
    expect(vocabulary.slice(0, 5)).toEqual(Object.values(specialTokens));
    expect(() => buildVocabulary(10)).toThrow();
  });

  it('tokenizes Dutch text into words and pieces, lowercased, without accents, wrapped in [CLS] … [SEP]', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(dir, { local_files_only: true });
    const text = 'De Gemeente verleent één omgevingsvergunningen, €10 per aanvraag!';
    expect(tokenizer.tokenize(text)).toEqual([
      'de',
      'gemeente',
      ...['v', '##er', '##l', '##e', '##en', '##t'],
      'een',
      'omgevingsvergunning',
      '##en',
      ',',
      '€',
      '##1',
      '##0',
      'per',
      'aanvraag',
      '!',
    ]);
    const ids = tokenizer.encode(text);
    expect(tokenizer.decode([ids[0]!, ids.at(-1)!])).toBe('[CLS] [SEP]');
    expect(ids).not.toContain(buildVocabulary(spec.vocabSize).indexOf(specialTokens.unk));
  });
});
