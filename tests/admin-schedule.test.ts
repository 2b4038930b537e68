import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminJobsResponse, AdminSource } from '../server/contract/admin-index.ts';
import { openAdminTestServer, type AdminTestServer } from './support/admin-app.ts';
import { makeTempDir } from './support/paths.ts';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('admin API: schedules run inside the server', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let root: string;
  let server: AdminTestServer | undefined;

  beforeEach(async () => {
    work = await makeTempDir('admin-schedule');
    root = path.join(work.dir, 'share');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.md'), '# A\n\nTekst over parkeren.\n');
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
    await work.remove();
  });

  const scheduledJobs = async () =>
    (await server!.json<AdminJobsResponse>('GET', '/api/admin/jobs?source=nacht')).body.jobs.filter(
      (job) => job.trigger === 'schedule',
    );

  it('starts a sync when the schedule fires, skips while one runs, and stops when the schedule is cleared', async () => {
    server = await openAdminTestServer(path.join(work.dir, 'data'));
    // Six fields: every second (the seconds field comes first), so the test needs no fake clock.
    const added = await server.json<AdminSource>('POST', '/api/admin/sources', {
      name: 'nacht',
      root,
      schedule: '* * * * * *',
    });
    expect(added.status).toBe(201);
    expect(Date.parse(added.body.nextRunAt!) - Date.now()).toBeLessThanOrEqual(1000);

    const deadline = Date.now() + 30_000; // a deadline, not a wait: generous for a loaded machine
    while ((await scheduledJobs()).length < 2 && Date.now() < deadline) await sleep(50);
    const jobs = await scheduledJobs();
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    // One job per source: schedule runs never overlap.
    const spans = jobs
      .map((job) => [Date.parse(job.startedAt!), job.finishedAt ? Date.parse(job.finishedAt) : Infinity])
      .sort((a, b) => a[0]! - b[0]!);
    for (let index = 1; index < spans.length; index++) {
      expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1]!);
    }

    // Allowed while a scheduled job runs: only the schedule changes, not what the job reads.
    const cleared = await server.json<AdminSource>('PUT', '/api/admin/sources/nacht', {
      root,
      schedule: null,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.nextRunAt).toBeNull();
    await sleep(1200); // a job started just before the change may still finish
    const before = (await scheduledJobs()).length;
    await sleep(1500);
    expect((await scheduledJobs()).length).toBe(before);
  });

  it('runs no schedule when schedules are turned off (VRAAGBAAK_SCHEDULES=false)', async () => {
    server = await openAdminTestServer(path.join(work.dir, 'data'), { schedules: { enabled: false } });
    const added = await server.json<AdminSource>('POST', '/api/admin/sources', {
      name: 'nacht',
      root,
      schedule: '* * * * * *',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ schedule: '* * * * * *', nextRunAt: null });
    const listed = await server.json<{ schedulesEnabled: boolean }>('GET', '/api/admin/sources');
    expect(listed.body.schedulesEnabled).toBe(false);
    await sleep(1500);
    expect(await scheduledJobs()).toEqual([]);
  });
});
