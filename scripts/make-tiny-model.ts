/**
 * Writes BERT-shaped ONNX models with random weights, with a WordPiece tokenizer and config, in the layout
 * transformers.js loads from a local models folder: `<dir>/config.json`, `<dir>/tokenizer.json`,
 * `<dir>/onnx/model.onnx` (fp32) and `<dir>/onnx/model_quantized.onnx` (q8).
 *
 * The tests use the tiny one so the real loading path runs without downloaded weights; the embedding benchmark
 * uses one of multilingual-e5-small's size. Usage: `tsx scripts/make-tiny-model.ts [modelsDir]`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBertModel, type BertSpec } from './onnx/bert-graph.ts';
import { configJson, tokenizerConfigJson, tokenizerJson } from './onnx/model-files.ts';
import { encodeModel } from './onnx/onnx-proto.ts';
import { buildVocabulary, specialTokens } from './onnx/wordpiece-vocab.ts';

export type { BertSpec } from './onnx/bert-graph.ts';

export const tinyModelId = 'vraagbaak-test/tiny-bert';

export const tinyModelSpec: Omit<BertSpec, 'quantized'> = {
  layers: 2,
  hidden: 32,
  intermediate: 64,
  heads: 4,
  vocabSize: 2000,
  maxPositions: 512,
  seed: 42,
};

const stampFile = 'generated-model.json';
const generatorDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'onnx');

interface Stamp {
  generator: string;
  spec: Omit<BertSpec, 'quantized'>;
  variants: string[];
}

export function onnxFileName(quantized: boolean): string {
  return quantized ? 'model_quantized.onnx' : 'model.onnx';
}

/** A fingerprint of the generator code, so a changed graph or vocabulary is regenerated instead of reused. */
async function generatorFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(generatorDir)).filter((file) => file.endsWith('.ts')).sort()) {
    hash.update(name).update(await readFile(path.join(generatorDir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function readStamp(dir: string): Promise<Stamp | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, stampFile), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Write then rename, so an interrupted run never leaves a half-written file that a later run would reuse. */
async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, data);
  await rename(partial, file);
}

const sameSpec = (a: Omit<BertSpec, 'quantized'>, b: Omit<BertSpec, 'quantized'>) =>
  (Object.keys(b) as (keyof typeof b)[]).every((key) => a[key] === b[key]);

/**
 * Writes one variant (fp32 or quantized) of a model, with its tokenizer and config. Reuses what an earlier call
 * wrote for the same spec and generator code. Returns the ONNX file's path.
 */
export async function writeBertModel(
  dir: string,
  spec: BertSpec,
): Promise<{ onnxFile: string; reused: boolean }> {
  const { quantized, ...shape } = spec;
  const onnxFile = path.join(dir, 'onnx', onnxFileName(quantized));
  const generator = await generatorFingerprint();
  const previous = await readStamp(dir);
  const current = previous && previous.generator === generator && sameSpec(previous.spec, shape);
  const variant = onnxFileName(quantized);
  if (current && previous.variants.includes(variant) && (await exists(onnxFile)))
    return { onnxFile, reused: true };

  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  if (!current) {
    const vocabulary = buildVocabulary(spec.vocabSize);
    await writeAtomically(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocabulary)));
    await writeAtomically(
      path.join(dir, 'tokenizer_config.json'),
      JSON.stringify(tokenizerConfigJson(spec), null, 2),
    );
    const config = configJson(spec, vocabulary.indexOf(specialTokens.pad));
    await writeAtomically(path.join(dir, 'config.json'), JSON.stringify(config, null, 2));
  }
  await writeAtomically(onnxFile, encodeModel(buildBertModel(spec)));
  const variants = current ? [...new Set([...previous.variants, variant])] : [variant];
  const stamp: Stamp = { generator, spec: shape, variants };
  await writeAtomically(path.join(dir, stampFile), JSON.stringify(stamp, null, 2));
  return { onnxFile, reused: false };
}

/** The tiny test model (fp32 and q8) under `<modelsDir>/vraagbaak-test/tiny-bert/`. Fast when already written. */
export async function writeTinyModel(modelsDir: string): Promise<{ modelId: string; dir: string }> {
  const dir = path.join(modelsDir, ...tinyModelId.split('/'));
  await writeBertModel(dir, { ...tinyModelSpec, quantized: false });
  await writeBertModel(dir, { ...tinyModelSpec, quantized: true });
  return { modelId: tinyModelId, dir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const modelsDir = path.resolve(process.argv[2] ?? 'tests/.generated/models');
  const { modelId, dir } = await writeTinyModel(modelsDir);
  console.log(`${modelId} written to ${dir}`);
}
