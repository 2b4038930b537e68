import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '../server/contract/index.ts';
import type { AdminJob, AdminOverview } from '../server/contract/admin-index.ts';
import { createApp } from '../server/app.ts';
import { parseServerConfig } from '../server/config.ts';
import { openServerRuntime, type ServerRuntime } from '../server/runtime.ts';
import { makeTempDir, modelsDir, tinyModelId } from './support/paths.ts';

describe('server runtime: the admin console as npm start wires it', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let runtime: ServerRuntime;
  let app: ReturnType<typeof createApp>;
  const environment = (dataDir: string, extra: Record<string, string> = {}) => ({
    VRAAGBAAK_DATA_DIR: dataDir,
    VRAAGBAAK_EMBEDDING_MODEL: tinyModelId,
    VRAAGBAAK_MODELS_DIR: modelsDir,
    VRAAGBAAK_INGEST_SAMPLE: 'false',
    VRAAGBAAK_SERVE_WEB: 'false',
    VRAAGBAAK_PARSE_WORKERS: '1',
    ...extra,
  });

  beforeAll(async () => {
    work = await makeTempDir('admin-runtime');
    const parsed = parseServerConfig(environment(path.join(work.dir, 'data')), work.dir);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    expect(parsed.config.schedules).toEqual({ enabled: true, timezone: 'Europe/Amsterdam' });
    runtime = await openServerRuntime(parsed.config, pino({ level: 'silent' }));
    app = createApp(runtime.dependencies);
  });

  afterAll(async () => {
    await runtime?.close();
    await work?.remove();
  });

  it('reads the schedule settings and rejects bad ones', () => {
    const off = parseServerConfig(environment('data', { VRAAGBAAK_SCHEDULES: 'false' }), work.dir);
    expect(off.ok && off.config.schedules.enabled).toBe(false);
    const bad = parseServerConfig(
      environment('data', { VRAAGBAAK_SCHEDULES: 'soms', VRAAGBAAK_SCHEDULE_TIMEZONE: 'Mars/Olympus' }),
      work.dir,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join('\n')).toMatch(
      /VRAAGBAAK_SCHEDULES[\s\S]*VRAAGBAAK_SCHEDULE_TIMEZONE/,
    );
  });

  it('indexes a new source with the loaded model, and search turns hybrid without a restart', async () => {
    const before = (await (await app.request('/api/health')).json()) as HealthResponse;
    expect(before.retrieval.mode).toBe('lexical'); // nothing indexed yet
    const root = path.join(work.dir, 'share');
    await mkdir(root);
    await writeFile(path.join(root, 'fietsen.md'), '# Fietsen\n\nFietsen in de binnenstad mag stapvoets.\n');
    const json = { 'content-type': 'application/json' };
    const added = await app.request('/api/admin/sources', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'share', root }),
    });
    expect(added.status).toBe(201);
    const started = await app.request('/api/admin/jobs', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ sources: ['share'] }),
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as AdminJob;
    let status = job.status;
    for (let tries = 0; tries < 600 && (status === 'running' || status === 'queued'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = ((await (await app.request(`/api/admin/jobs/${job.id}`)).json()) as AdminJob).status;
    }
    expect(status).toBe('completed');
    const after = (await (await app.request('/api/health')).json()) as HealthResponse;
    expect(after.retrieval).toMatchObject({ mode: 'hybrid', indexEmbeddingModel: tinyModelId });
    const search = await (await app.request('/api/search?q=stapvoets')).json();
    expect(search.mode).toBe('hybrid');
    expect(search.results[0].relativePath).toBe('fietsen.md');
    const overview = (await (await app.request('/api/admin/overview')).json()) as AdminOverview;
    expect(overview.search).toEqual({ mode: 'hybrid', lexicalOnly: false, lexicalReason: null });
    expect(overview.index.embeddingModel).toBe(tinyModelId);
  });
});
