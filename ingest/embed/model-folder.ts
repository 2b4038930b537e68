/** Where a model's files live in the local models folder, and what identifies the version that was loaded. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../result.ts';
import type { EmbedderLoadFailure } from './load-failure.ts';
import type { EmbeddingDtype } from './options.ts';

/** transformers.js looks for `<localModelPath>/<model id>/…` and caches downloads under the same path. */
export function modelFolder(modelsDir: string, model: string): string {
  return path.join(modelsDir, ...model.split('/'));
}

export function onnxFile(folder: string, dtype: EmbeddingDtype): string {
  return path.join(folder, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx');
}

const requiredFiles = (dtype: EmbeddingDtype) => [
  'config.json',
  'tokenizer.json',
  path.relative('.', onnxFile('.', dtype)),
];

/** Files a local load needs that are not there; empty when the folder is complete. */
export async function missingModelFiles(folder: string, dtype: EmbeddingDtype): Promise<string[]> {
  const missing: string[] = [];
  for (const file of requiredFiles(dtype)) {
    await access(path.join(folder, file)).catch(() => missing.push(file));
  }
  return missing;
}

/** Checked before a worker starts, so an absent model fails at once with a reason an admin can act on. */
export async function checkLocalModel(
  folder: string,
  dtype: EmbeddingDtype,
): Promise<Result<string, Extract<EmbedderLoadFailure, { code: 'model-missing' | 'model-incomplete' }>>> {
  const missing = await missingModelFiles(folder, dtype);
  if (missing.length === 0) return ok(folder);
  if (missing.length === requiredFiles(dtype).length) return fail({ code: 'model-missing', folder });
  return fail({ code: 'model-incomplete', folder, missing });
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A revision that changes whenever the vectors could: the hub commit when the config records one, plus a hash
 * of the ONNX file that was actually loaded (fp32 and q8 give different vectors).
 */
export async function modelRevision(folder: string, dtype: EmbeddingDtype): Promise<string> {
  const fileHash = `sha256:${(await sha256OfFile(onnxFile(folder, dtype))).slice(0, 16)}`;
  const config = await readFile(path.join(folder, 'config.json'), 'utf8')
    .then((text) => JSON.parse(text) as Record<string, unknown>)
    .catch(() => ({}) as Record<string, unknown>);
  const commit = config['_commit_hash'] ?? config['revision'];
  return typeof commit === 'string' && commit.length > 0 ? `${commit} ${fileHash}` : fileHash;
}
