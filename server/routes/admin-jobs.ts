import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { finishedJobView, toCsv, type AdminServices } from '../admin/index.ts';
import type {
  AdminJob,
  AdminJobsResponse,
  FileOutcome,
  JobEventName,
  JobFilesResponse,
  JobFileView,
} from '../api-types.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/types.ts';
import { validate } from '../http/validate.ts';
import { failure } from './admin-failure.ts';
import { commaList } from '../http/comma-list.ts';

const outcomes = ['indexed', 'unchanged', 'skipped', 'needs-ocr', 'failed', 'removed'] as const;
/** What an admin wants to see first: what went wrong. */
const readingOrder: FileOutcome[] = ['failed', 'needs-ocr', 'skipped', 'removed', 'indexed', 'unchanged'];
const jobStatuses = ['queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted'] as const;

const list = <T extends string>(values: readonly [T, ...T[]]) => commaList(z.enum(values), values.length);

const idParam = z.object({ id: z.string().regex(/^\d{14}-[0-9a-f]{8}$/, 'ongeldig taak-id') });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  source: z.string().max(64).optional(),
  status: list(jobStatuses).optional(),
});
const startBody = z.object({
  sources: z.union([z.literal('all'), z.array(z.string().min(1).max(64)).min(1).max(200)]),
  force: z.boolean().default(false),
});
const filesQuery = z.object({
  status: list(outcomes).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Progress events at most this often; the pipeline reports every file. */
const throttleMs = 250;
/** A progress event at least this often, so proxies keep the stream open during a long file. */
const heartbeatMs = 15_000;

const isFinished = (job: AdminJob) => job.status !== 'queued' && job.status !== 'running';

export function adminJobsRoutes(admin: AdminServices) {
  const { runner } = admin;

  const load = async (id: string): Promise<AdminJob> => {
    const job = await runner.describe(id);
    if (!job) throw new AppError('not_found', `Taak ${id} bestaat niet.`);
    return job;
  };

  /** The job's files matching the search, sorted for reading; `statuses` narrows further. */
  const matchingFiles = async (id: string, query: z.infer<typeof filesQuery>) => {
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
    const counts = Object.fromEntries(outcomes.map((status) => [status, 0])) as Record<FileOutcome, number>;
    for (const file of files) counts[file.status] += 1;
    const selected = query.status ? files.filter((file) => query.status!.includes(file.status)) : files;
    return { counts, files: selected };
  };

  return new Hono<AppEnv>()
    .get('/', validate('query', listQuery), async (context) => {
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
      return context.json<AdminJobsResponse>({ jobs });
    })
    .post('/', validate('json', startBody), async (context) => {
      const body = context.req.valid('json');
      const started = await runner.start({ sources: body.sources, force: body.force, trigger: 'server' });
      if (!started.ok) throw failure(started.reason);
      return context.json<AdminJob>(started.value, 202);
    })
    .get('/:id', validate('param', idParam), async (context) =>
      context.json<AdminJob>(await load(context.req.valid('param').id)),
    )
    .post('/:id/cancel', validate('param', idParam), async (context) => {
      const cancelled = await runner.cancel(context.req.valid('param').id);
      if (!cancelled.ok) throw failure(cancelled.reason);
      return context.json<AdminJob>(cancelled.value, isFinished(cancelled.value) ? 200 : 202);
    })
    .post('/:id/resume', validate('param', idParam), async (context) => {
      const resumed = await runner.resume(context.req.valid('param').id);
      if (!resumed.ok) throw failure(resumed.reason);
      return context.json<AdminJob>(resumed.value, 202);
    })
    .get('/:id/files', validate('param', idParam), validate('query', filesQuery), async (context) => {
      const id = context.req.valid('param').id;
      const query = context.req.valid('query');
      const { counts, files } = await matchingFiles(id, query);
      return context.json<JobFilesResponse>({
        jobId: id,
        total: files.length,
        counts,
        files: files.slice(query.offset, query.offset + query.limit).map(fileView),
      });
    })
    .get('/:id/files.csv', validate('param', idParam), validate('query', filesQuery), async (context) => {
      const id = context.req.valid('param').id;
      const { files } = await matchingFiles(id, context.req.valid('query'));
      const csv = toCsv(
        ['bron', 'pad', 'status', 'reden', 'duur_ms'],
        files.map((file) => [file.source, file.relativePath, file.status, file.reason, file.durationMs]),
      );
      return context.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="taak-${id}-bestanden.csv"`,
        'X-Content-Type-Options': 'nosniff',
      });
    })
    .get('/:id/events', validate('param', idParam), async (context) => {
      const id = context.req.valid('param').id;
      // Read the version before the job, so a change in between is not missed.
      let seen = runner.hub.version(id);
      const first = await load(id);
      return streamSSE(context, async (stream) => {
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
    });
}

const fileView = (file: JobFileView): JobFileView => ({
  source: file.source,
  relativePath: file.relativePath,
  status: file.status,
  reason: file.reason,
  durationMs: file.durationMs,
});
