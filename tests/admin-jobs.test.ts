import { copyFile, cp, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../server/contract/index.ts';
import type {
  AdminJob,
  AdminJobsResponse,
  AdminOverview,
  JobFilesResponse,
} from '../server/contract/admin-index.ts';
import { adminUser, openAdminTestServer, readSseTimed, type AdminTestServer } from './support/admin-app.ts';
import { consistencyProblems } from './support/ingest-harness.ts';
import { fixturesDir, makeTempDir, sampleDir } from './support/paths.ts';

describe('admin API: jobs, history and overview', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: AdminTestServer;
  let corpusJob: AdminJob;
  let notesJob: AdminJob;

  beforeAll(async () => {
    work = await makeTempDir('admin-jobs');
    const corpus = path.join(work.dir, 'shares', 'corpus');
    await cp(sampleDir, corpus, { recursive: true });
    // Bad files are data: garbage bytes, a password, a scan; names that CSV must quote or defuse.
    await writeFile(path.join(corpus, 'kapot, "echt".pdf'), Buffer.from('dit is geen pdf\u0000\u0001\u0002'));
    await writeFile(path.join(corpus, '=1+1.pdf'), Buffer.from('%PDF-1.7 rommel zonder einde'));
    await copyFile(path.join(fixturesDir, 'pdf', 'wachtwoord.pdf'), path.join(corpus, 'beveiligd.pdf'));
    await copyFile(path.join(fixturesDir, 'pdf', 'gescand.pdf'), path.join(corpus, 'scan.pdf'));
    await writeFile(path.join(corpus, 'begroting.xlsx'), 'geen echte spreadsheet');
    const old = path.join(corpus, 'oude-notitie.md');
    await writeFile(old, '# Oude notitie\n\nParkeren op het Zuiderdiep was vroeger gratis.\n');
    await utimes(old, new Date('2015-03-01'), new Date('2015-03-01'));
    const notes = path.join(work.dir, 'shares', 'notities');
    await mkdir(notes, { recursive: true });
    for (let index = 0; index < 3; index++) {
      await writeFile(
        path.join(notes, `notitie-${index}.md`),
        `# Notitie ${index}\n\nTekst over fietsen ${index}.\n`,
      );
    }
    server = await openAdminTestServer(path.join(work.dir, 'data'));
    for (const [name, root] of [
      ['corpus', corpus],
      ['notities', notes],
    ]) {
      expect((await server.json('POST', '/api/admin/sources', { name, root })).status).toBe(201);
    }
  });

  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('starts a job, allows one job per source, queues another source, and streams live progress', async () => {
    const started = await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: ['corpus'] });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      kind: 'sync',
      sources: ['corpus'],
      status: 'running',
      trigger: 'server',
    });
    corpusJob = started.body;
    const events = server.request(adminUser, `/api/admin/jobs/${corpusJob.id}/events`).then(readSseTimed);

    const second = await server.json<ErrorBody>('POST', '/api/admin/jobs', { sources: ['corpus'] });
    expect(second.status).toBe(409);
    expect(second.body.error).toEqual({
      code: 'conflict',
      message: expect.stringMatching(/^Er loopt al een taak voor bron corpus \(gestart om \d\d:\d\d, taak /),
    });
    const all = await server.json<AdminJob>('POST', '/api/admin/jobs', { sources: 'all' });
    expect(all.status).toBe(202);
    expect(all.body).toMatchObject({
      sources: ['notities'],
      status: 'queued',
      progress: { phase: 'queued' },
    });
    notesJob = all.body;
    const again = await server.json<ErrorBody>('POST', '/api/admin/jobs', { sources: 'all' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/Voor alle bronnen/);
    const unknown = await server.json<ErrorBody>('POST', '/api/admin/jobs', { sources: ['bestaat-niet'] });
    expect(unknown.status).toBe(404);
    const active = await server.json<AdminJobsResponse>('GET', '/api/admin/jobs');
    expect(active.body.jobs.slice(0, 2).map((job) => [job.id, job.status])).toEqual([
      [corpusJob.id, 'running'],
      [notesJob.id, 'queued'],
    ]);

    const stream = await events;
    expect(stream[0]!.event).toBe('snapshot');
    expect(stream.at(-1)!.event).toBe('done');
    const done = stream.at(-1)!.data as AdminJob;
    expect(done).toMatchObject({ id: corpusJob.id, status: 'completed', progress: null, resumable: false });
    expect(done.counts).toMatchObject({ indexed: 12, failed: 3, 'needs-ocr': 1, skipped: 1 });
    const progress = stream
      .filter((event) => event.event === 'progress')
      .map((event) => event.data as AdminJob);
    expect(progress.length).toBeGreaterThan(0);
    const processing = progress.filter((job) => job.progress?.phase === 'processing');
    expect(processing.length).toBeGreaterThan(0);
    for (const job of processing) {
      expect(job.progress!.filesTotal).toBe(17);
      expect(job.progress!.percent).toBe(Math.round((job.progress!.filesDone / 17) * 1000) / 10);
    }
    expect(processing.some((job) => job.progress!.currentFile?.startsWith('corpus/'))).toBe(true);
    expect(
      processing.some((job) => job.progress!.etaSeconds !== null && job.progress!.filesPerSecond > 0),
    ).toBe(true);
    // Throttled: the pipeline reports every file, the stream at most about four times a second.
    const times = stream.filter((event) => event.event === 'progress').map((event) => event.at);
    for (let index = 1; index < times.length; index++)
      expect(times[index]! - times[index - 1]!).toBeGreaterThan(200);

    expect((await server.waitForJob(notesJob.id)).status).toBe('completed');
    expect(await consistencyProblems(server.store)).toEqual([]);
  });

  it('shows the history newest first, with duration, counts and throughput', async () => {
    const history = await server.json<AdminJobsResponse>('GET', '/api/admin/jobs');
    expect(history.body.jobs.map((job) => job.id)).toEqual([notesJob.id, corpusJob.id]);
    const job = (await server.json<AdminJob>('GET', `/api/admin/jobs/${corpusJob.id}`)).body;
    expect(job.status).toBe('completed');
    expect(job.durationMs).toBe(Date.parse(job.finishedAt!) - Date.parse(job.startedAt!));
    expect(job.filesProcessed).toBe(12 + 3 + 1 + 1); // indexed, failed, needs-ocr, the xlsx read as skipped
    expect(job.pages).toBeGreaterThan(10);
    expect(job.throughput!.filesPerSecond).toBeCloseTo(job.filesProcessed / (job.durationMs! / 1000), 1);
    expect(job.throughput!.pagesPerSecond).toBeGreaterThan(0);
    expect(job.throughput!.chunksPerSecond).toBeGreaterThan(0);
    const bySource = await server.json<AdminJobsResponse>('GET', '/api/admin/jobs?source=notities');
    expect(bySource.body.jobs.map((entry) => entry.id)).toEqual([notesJob.id]);
    const byStatus = await server.json<AdminJobsResponse>('GET', '/api/admin/jobs?status=failed,cancelled');
    expect(byStatus.body.jobs).toEqual([]);
    expect((await server.json('GET', '/api/admin/jobs/20990101000000-00000000')).status).toBe(404);
    expect((await server.json('GET', '/api/admin/jobs/niet-een-id')).status).toBe(400);
  });

  it('lists failed, skipped and needs-ocr files with reasons, filtered and searched', async () => {
    const url = `/api/admin/jobs/${corpusJob.id}/files`;
    const problems = (await server.json<JobFilesResponse>('GET', `${url}?status=failed,skipped,needs-ocr`))
      .body;
    expect(problems.total).toBe(5);
    expect(problems.counts).toMatchObject({ indexed: 12, failed: 3, 'needs-ocr': 1, skipped: 1 });
    expect(problems.files.map((file) => [file.relativePath, file.status])).toEqual([
      ['=1+1.pdf', 'failed'],
      ['beveiligd.pdf', 'failed'],
      ['kapot, "echt".pdf', 'failed'],
      ['scan.pdf', 'needs-ocr'],
      ['begroting.xlsx', 'skipped'],
    ]);
    expect(problems.files.find((file) => file.relativePath === 'beveiligd.pdf')!.reason).toMatch(
      /wachtwoord/,
    );
    for (const file of problems.files) expect(file.reason.length, file.relativePath).toBeGreaterThan(5);
    expect(problems.files.find((file) => file.relativePath === 'scan.pdf')!.reason).toMatch(/OCR/);

    const searched = (await server.json<JobFilesResponse>('GET', `${url}?status=failed&q=KAPOT`)).body;
    expect(searched.files.map((file) => file.relativePath)).toEqual(['kapot, "echt".pdf']);
    const byReason = (await server.json<JobFilesResponse>('GET', `${url}?q=${encodeURIComponent('OCR')}`))
      .body;
    expect(byReason.files.map((file) => file.relativePath)).toEqual(['scan.pdf']);
    const paged = (await server.json<JobFilesResponse>('GET', `${url}?limit=2&offset=1`)).body;
    expect(paged.total).toBe(17);
    expect(paged.files.map((file) => file.relativePath)).toEqual(['beveiligd.pdf', 'kapot, "echt".pdf']);
    expect((await server.json('GET', `${url}?status=kapot`)).status).toBe(400);
  });

  it('exports the file list as CSV, quoted and safe to open in a spreadsheet', async () => {
    const response = await server.request(
      adminUser,
      `/api/admin/jobs/${corpusJob.id}/files.csv?status=failed,needs-ocr`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="taak-${corpusJob.id}-bestanden.csv"`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('bron,pad,status,reden,duur_ms');
    expect(lines).toHaveLength(6); // header, four files, the empty string after the last CRLF
    expect(lines[1]).toMatch(/^corpus,'=1\+1\.pdf,failed,/);
    expect(lines[2]).toMatch(/^corpus,beveiligd\.pdf,failed,/);
    expect(lines[3]).toMatch(/^corpus,"kapot, ""echt""\.pdf",failed,/);
    expect(lines[4]).toMatch(/^corpus,scan\.pdf,needs-ocr,.*OCR.*,\d+$/);
    expect(lines[5]).toBe('');
  });

  it('gives a knowledge-base overview', async () => {
    const overview = (await server.json<AdminOverview>('GET', '/api/admin/overview?staleYears=5')).body;
    expect(overview.documents.searchable).toBe(12 + 3);
    const corpus = overview.sources.find((source) => source.name === 'corpus')!;
    expect(corpus).toMatchObject({
      registered: true,
      searchable: 12,
      byFormat: { pdf: 4, docx: 3, markdown: 3, html: 2 },
      lastSuccessfulSync: { jobId: corpusJob.id },
    });
    expect(overview.sources.find((source) => source.name === 'notities')).toMatchObject({
      searchable: 3,
      byFormat: { markdown: 3 },
      lastSuccessfulSync: { jobId: notesJob.id },
    });
    expect(overview.byFormat).toEqual({ pdf: 4, docx: 3, markdown: 6, html: 2 });
    expect(overview.stale).toMatchObject({ years: 5, count: 1 });
    expect(overview.stale.oldest[0]).toMatchObject({ source: 'corpus', relativePath: 'oude-notitie.md' });
    expect(overview.index.sizeBytes).toBeGreaterThan(10_000);
    expect(overview.index).toMatchObject({
      embeddingModel: null,
      tables: { chunks: 'chunks', documents: 'documents' },
    });
    expect(overview.search).toEqual({
      mode: 'lexical',
      lexicalOnly: true,
      lexicalReason: 'test zonder model',
    });
    expect(overview.rebuild).toMatchObject({ needed: false, pending: null });
    expect(overview.jobs).toMatchObject({ active: [], last: { id: notesJob.id } });
    expect(overview.chunks).toBe((await server.store.listChunks()).length);
  });
});
