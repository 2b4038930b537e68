import type { TypedResponse } from 'hono';
import { streamSSE } from 'hono/streaming';
import { finishedJobView, toCsv, type AdminServices } from '../admin/index.ts';
import {
  cancelJobRoute,
  exportJobFilesRoute,
  fileOutcomes,
  getJobRoute,
  jobEventsRoute,
  listJobFilesRoute,
  listJobsRoute,
  resumeJobRoute,
  startJobRoute,
  type AdminJob,
  type FileOutcome,
  type JobEventName,
  type JobFilesQuery,
  type JobFileView,
} from '../contract/admin-jobs.ts';
import { AppError } from '../errors.ts';
import { createRouter } from '../http/openapi.ts';
import { failure } from './admin-failure.ts';

/** What an admin wants to see first: what went wrong. */
const readingOrder: FileOutcome[] = ['failed', 'needs-ocr', 'skipped', 'removed', 'indexed', 'unchanged'];

/** Progress events at most this often; the pipeline reports every file. */
const throttleMs = 250;
/** A progress event at least this often, so proxies keep the stream open during a long file. */
const heartbeatMs = 15_000;

const isFinished = (job: AdminJob) => job.status !== 'queued' && job.status !== 'running';

/**
 * A response the contract describes by its content type only (a CSV file, an event stream): the body is
 * not JSON, so nothing can be checked at compile time beyond the status.
 */
const asDeclared = (response: Response) => response as Response & TypedResponse<string, 200, 'text'>;

export function adminJobsRoutes(admin: AdminServices) {
  const { runner } = admin;

  const load = async (id: string): Promise<AdminJob> => {
    const job = await runner.describe(id);
    if (!job) throw new AppError('not_found', `Taak ${id} bestaat niet.`);
    return job;
  };

  /** The job's files matching the search, sorted for reading; `statuses` narrows further. */
  const matchingFiles = async (id: string, query: JobFilesQuery) => {
    await load(id);
    const needle = query.q?.toLocaleLowerCase('nl');
    const files = (await admin.store.listJobFiles(id))
      .filter(
        (file) =>
          !needle ||
          `${file.source}/${file.relativePath}`.toLocaleLowerCase('nl').includes(needle) ||
          file.reason.toLocaleLowerCase('nl').includes(needle),
      )
      .sort(
        (a, b) =>
          readingOrder.indexOf(a.status) - readingOrder.indexOf(b.status) ||
          a.source.localeCompare(b.source) ||
          a.relativePath.localeCompare(b.relativePath),
      );
    const counts = Object.fromEntries(fileOutcomes.map((status) => [status, 0])) as Record<
      FileOutcome,
      number
    >;
    for (const file of files) counts[file.status] += 1;
    const selected = query.status ? files.filter((file) => query.status!.includes(file.status)) : files;
    return { counts, files: selected };
  };

  return createRouter()
    .openapi(listJobsRoute, async (context) => {
      const query = context.req.valid('query');
      const active = runner.activeJobs();
      const activeIds = new Set(active.map((job) => job.id));
      const stored = (await admin.store.listJobs({ limit: Number.MAX_SAFE_INTEGER }))
        .filter((job) => !activeIds.has(job.id))
        .map(finishedJobView);
      const jobs = [...active, ...stored]
        .filter((job) => !query.source || job.sources.includes(query.source))
        .filter((job) => !query.status || query.status.includes(job.status))
        .slice(0, query.limit);
      return context.json({ jobs }, 200);
    })
    .openapi(startJobRoute, async (context) => {
      const body = context.req.valid('json');
      const started = await runner.start({ sources: body.sources, force: body.force, trigger: 'server' });
      if (!started.ok) throw failure(started.reason);
      return context.json(started.value, 202);
    })
    .openapi(getJobRoute, async (context) => context.json(await load(context.req.valid('param').id), 200))
    .openapi(cancelJobRoute, async (context) => {
      const cancelled = await runner.cancel(context.req.valid('param').id);
      if (!cancelled.ok) throw failure(cancelled.reason);
      return isFinished(cancelled.value)
        ? context.json(cancelled.value, 200)
        : context.json(cancelled.value, 202);
    })
    .openapi(resumeJobRoute, async (context) => {
      const resumed = await runner.resume(context.req.valid('param').id);
      if (!resumed.ok) throw failure(resumed.reason);
      return context.json(resumed.value, 202);
    })
    .openapi(listJobFilesRoute, async (context) => {
      const id = context.req.valid('param').id;
      const query = context.req.valid('query');
      const { counts, files } = await matchingFiles(id, query);
      return context.json(
        {
          jobId: id,
          total: files.length,
          counts,
          files: files.slice(query.offset, query.offset + query.limit).map(fileView),
        },
        200,
      );
    })
    .openapi(exportJobFilesRoute, async (context) => {
      const id = context.req.valid('param').id;
      const { files } = await matchingFiles(id, context.req.valid('query'));
      const csv = toCsv(
        ['bron', 'pad', 'status', 'reden', 'duur_ms'],
        files.map((file) => [file.source, file.relativePath, file.status, file.reason, file.durationMs]),
      );
      return asDeclared(
        context.body(csv, 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="taak-${id}-bestanden.csv"`,
          'X-Content-Type-Options': 'nosniff',
        }),
      );
    })
    .openapi(jobEventsRoute, async (context) => {
      const id = context.req.valid('param').id;
      // Read the version before the job, so a change in between is not missed.
      let seen = runner.hub.version(id);
      const first = await load(id);
      const stream = streamSSE(context, async (stream) => {
        const abort = new AbortController();
        stream.onAbort(() => abort.abort());
        const send = (event: JobEventName, job: AdminJob) =>
          stream.writeSSE({ event, data: JSON.stringify(job) });
        await send('snapshot', first);
        if (isFinished(first)) {
          await send('done', first);
          return;
        }
        while (!abort.signal.aborted) {
          await runner.hub.waitForChange(id, seen, { timeoutMs: heartbeatMs, signal: abort.signal });
          if (abort.signal.aborted) break;
          seen = runner.hub.version(id);
          const job = await runner.describe(id);
          if (!job) break;
          if (isFinished(job)) {
            await send('done', job);
            break;
          }
          await send('progress', job);
          await stream.sleep(throttleMs);
        }
      });
      return asDeclared(stream);
    });
}

const fileView = (file: JobFileView): JobFileView => ({
  source: file.source,
  relativePath: file.relativePath,
  status: file.status,
  reason: file.reason,
  durationMs: file.durationMs,
});

export type AdminJobsRoutes = ReturnType<typeof adminJobsRoutes>;
