import { spawn } from 'node:child_process';
import { cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchFtsOptions } from '../ingest/dutch/index.ts';
import { openLanceStore } from '../ingest/store/index.ts';
import { consistencyProblems } from './support/ingest-harness.ts';
import { makeTempDir, modelsDir, repoRoot, sampleDir, tinyModelId } from './support/paths.ts';

// Copies of the sample corpus: enough files that a run spans many batched commits.
const copies = 6;

function cliEnvironment(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    VRAAGBAAK_DATA_DIR: dataDir,
    VRAAGBAAK_EMBEDDING_MODEL: tinyModelId,
    VRAAGBAAK_MODELS_DIR: modelsDir,
    VRAAGBAAK_ALLOW_MODEL_DOWNLOAD: 'false',
  };
}

/** One process (tsx as a loader, not a wrapper), so SIGKILL takes the parse and embed threads with it. */
function startIngest(dataDir: string, corpus: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', corpus], {
    cwd: repoRoot,
    env: cliEnvironment(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function versionCount(dataDir: string): Promise<number> {
  const versions = path.join(dataDir, 'index', 'chunks.lance', '_versions');
  return (await readdir(versions).catch(() => [])).length;
}

describe('kill -9 during ingest', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let corpus: string;
  let dataDir: string;

  beforeAll(async () => {
    work = await makeTempDir('kill');
    corpus = path.join(work.dir, 'share');
    dataDir = path.join(work.dir, 'data');
    for (let copy = 0; copy < copies; copy++) {
      await mkdir(path.join(corpus, `map-${copy}`), { recursive: true });
      await cp(sampleDir, path.join(corpus, `map-${copy}`), { recursive: true });
    }
  });
  afterAll(async () => work?.remove());

  it('leaves a consistent knowledge base, and the next run completes without duplicates', async () => {
    const fileCount = (await readdir(sampleDir)).length * copies;
    // Kill at growing points of progress: each run gets further before it dies.
    for (const killAfterVersions of [3, 6, 10]) {
      const run = startIngest(dataDir, corpus);
      const deadline = Date.now() + 60_000;
      while ((await versionCount(dataDir)) < killAfterVersions && Date.now() < deadline) {
        if (run.child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      run.child.kill('SIGKILL');
      await run.exited;
      const store = await openLanceStore({ uri: path.join(dataDir, 'index'), ftsOptions: dutchFtsOptions });
      // Chunks of a batch whose document rows were never written may remain; readers ignore chunks whose
      // chunk set is not their document's, and the next run's repair removes them. Nothing else may be off.
      expect(await consistencyProblems(store, { ignoreUncommittedChunks: true })).toEqual([]);
      await store.close();
    }

    const final = startIngest(dataDir, corpus);
    expect(await final.exited, final.output()).toBe(0);
    expect(final.output()).toMatch(/onderbroken/);
    const store = await openLanceStore({ uri: path.join(dataDir, 'index'), ftsOptions: dutchFtsOptions });
    expect(await consistencyProblems(store)).toEqual([]);
    const documents = await store.listDocuments();
    expect(documents).toHaveLength(fileCount);
    expect(documents.filter((document) => document.status === 'indexed').length).toBe(fileCount);
    const jobs = await store.listJobs();
    expect(jobs.filter((job) => job.status === 'interrupted').length).toBeGreaterThanOrEqual(1);
    expect(jobs.some((job) => job.status === 'running')).toBe(false);
    await store.close();

    const again = startIngest(dataDir, corpus);
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(new RegExp(`ongewijzigd\\s+${fileCount}`));
  }, 300_000);
});
