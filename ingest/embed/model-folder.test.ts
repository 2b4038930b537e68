import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEmbedderLoadFailure } from './describe-failure.ts';
import { checkLocalModel, missingModelFiles, modelFolder, modelRevision, onnxFile } from './model-folder.ts';

let root: string;
let folder: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'model-folder-'));
  folder = modelFolder(root, 'org/name');
  await mkdir(path.join(folder, 'onnx'), { recursive: true });
  await writeFile(path.join(folder, 'config.json'), JSON.stringify({ _commit_hash: 'abc123' }));
  await writeFile(path.join(folder, 'tokenizer.json'), '{}');
  await writeFile(onnxFile(folder, 'q8'), 'quantized bytes');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('model folder', () => {
  it('places a hub id under the models folder, as transformers.js does', () => {
    expect(modelFolder('/models', 'Xenova/multilingual-e5-small')).toBe(
      path.join('/models', 'Xenova', 'multilingual-e5-small'),
    );
    expect(onnxFile('/m', 'q8')).toBe(path.join('/m', 'onnx', 'model_quantized.onnx'));
    expect(onnxFile('/m', 'fp32')).toBe(path.join('/m', 'onnx', 'model.onnx'));
  });

  it('lists what a load would miss', async () => {
    expect(await missingModelFiles(folder, 'q8')).toEqual([]);
    expect(await missingModelFiles(folder, 'fp32')).toEqual([path.join('onnx', 'model.onnx')]);
  });

  it('explains an absent or incomplete model', async () => {
    const absent = await checkLocalModel(modelFolder(root, 'org/absent'), 'q8');
    expect(absent).toMatchObject({ ok: false, reason: { code: 'model-missing' } });
    expect(!absent.ok && describeEmbedderLoadFailure(absent.reason)).toMatch(/niet in de modellenmap/);
    const incomplete = await checkLocalModel(folder, 'fp32');
    expect(incomplete).toMatchObject({ ok: false, reason: { code: 'model-incomplete' } });
    expect(!incomplete.ok && describeEmbedderLoadFailure(incomplete.reason)).toMatch(
      /onvolledig.*model\.onnx/,
    );
    expect(await checkLocalModel(folder, 'q8')).toEqual({ ok: true, value: folder });
  });

  it('identifies the loaded file and the hub commit', async () => {
    const revision = await modelRevision(folder, 'q8');
    expect(revision).toMatch(/^abc123 sha256:[0-9a-f]{16}$/);
    await writeFile(onnxFile(folder, 'q8'), 'other bytes');
    expect(await modelRevision(folder, 'q8')).not.toBe(revision);
  });
});
