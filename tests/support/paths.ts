import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const generatedDir = path.join(repoRoot, 'tests', '.generated');
export const fixturesDir = path.join(generatedDir, 'fixtures');
export const modelsDir = path.join(generatedDir, 'models');
export const tinyModelId = 'vraagbaak-test/tiny-bert';
export const sampleDir = path.join(repoRoot, 'data', 'sample');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(path.join(sharedDir, 'corpus'));

/** Says out loud why a test that needs ../shared is skipped. */
export function warnIfNoShared(what: string): void {
  if (!hasShared) console.warn(`[skipped] ${what}: ../shared is not present next to the repository.`);
}

export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `vraagbaak-${prefix}-`));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function makeTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `vraagbaak-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
