/**
 * Typed calls to the admin API (`/api/admin`, role `beheerder`), through Hono's client typed from the routes
 * themselves: a path, parameter or body the server does not declare does not compile. Like the chat's client,
 * every call returns a Result: a refused or failed request is a state the console shows, never an exception.
 */
import type {
  AdminJob,
  AdminJobsResponse,
  AdminJobStatus,
  AdminOverview,
  AdminSource,
  AdminSourcesResponse,
  FileOutcome,
  JobFilesResponse,
  RebuildBody,
  SourceCreateBody,
  SourceRemovedResponse,
  SourceUpdateBody,
  StartJobBody,
} from '../../../server/contract/index.ts';
import { callApi, type ApiClientOptions, type ApiFailure } from '../api/client.ts';
import { ok, type Result } from '../result.ts';
import { adminPath, adminRoutesClient } from './admin-routes-client.ts';
import { streamJobEvents, type JobEvent, type JobStreamFailure } from './job-events.ts';

export interface JobListFilter {
  source?: string;
  status?: AdminJobStatus[];
  limit?: number;
}

export interface JobFilesFilter {
  status?: FileOutcome[];
  q?: string;
  limit?: number;
  offset?: number;
}

export interface AdminClient {
  sources(signal?: AbortSignal): Promise<Result<AdminSourcesResponse, ApiFailure>>;
  source(name: string, signal?: AbortSignal): Promise<Result<AdminSource, ApiFailure>>;
  addSource(body: SourceCreateBody): Promise<Result<AdminSource, ApiFailure>>;
  updateSource(name: string, body: SourceUpdateBody): Promise<Result<AdminSource, ApiFailure>>;
  /** `confirm` must repeat the name; the server refuses (409) otherwise. */
  removeSource(name: string, confirm: string): Promise<Result<SourceRemovedResponse, ApiFailure>>;
  startJob(body: StartJobBody): Promise<Result<AdminJob, ApiFailure>>;
  jobs(filter?: JobListFilter, signal?: AbortSignal): Promise<Result<AdminJobsResponse, ApiFailure>>;
  job(id: string, signal?: AbortSignal): Promise<Result<AdminJob, ApiFailure>>;
  cancelJob(id: string): Promise<Result<AdminJob, ApiFailure>>;
  resumeJob(id: string): Promise<Result<AdminJob, ApiFailure>>;
  jobFiles(
    id: string,
    filter?: JobFilesFilter,
    signal?: AbortSignal,
  ): Promise<Result<JobFilesResponse, ApiFailure>>;
  overview(signal?: AbortSignal): Promise<Result<AdminOverview, ApiFailure>>;
  rebuild(body?: RebuildBody): Promise<Result<AdminJob, ApiFailure>>;
  discardRebuild(): Promise<Result<true, ApiFailure>>;
  /** Live progress of a job; resolves with the final job once `done` arrived, else why not. */
  jobEvents(
    id: string,
    options: { onEvent: (event: JobEvent) => void; signal?: AbortSignal },
  ): Promise<Result<AdminJob, JobStreamFailure>>;
}

const segment = encodeURIComponent;
/** Query values: empty ones are left out, lists are comma-separated. */
const text = (value: string | undefined) => (value ? value : undefined);
const list = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;
const number = (value: number | undefined) => (value === undefined ? undefined : String(value));

const filesQuery = (filter: JobFilesFilter) => ({
  status: list(filter.status),
  q: text(filter.q?.trim()),
  limit: number(filter.limit),
  offset: number(filter.offset),
});

/** The CSV export of the same files the table shows (filter and search, without paging). */
export function jobFilesCsvUrl(id: string, filter: Pick<JobFilesFilter, 'status' | 'q'> = {}): string {
  const path = adminRoutesClient().jobs[':id']['files.csv'].$path({
    param: { id: segment(id) },
    query: filesQuery(filter),
  });
  return `${adminPath}${path}`;
}

export function createAdminClient(options: ApiClientOptions = {}): AdminClient {
  const client = adminRoutesClient(options);
  const init = (signal?: AbortSignal) => ({ init: { signal: signal ?? null } });
  const job = client.jobs[':id'];
  const param = (id: string) => ({ param: { id: segment(id) } });
  const source = (name: string) => ({ param: { name: segment(name) } });

  return {
    sources: (signal) => callApi(() => client.sources.$get(undefined, init(signal)), signal),
    source: (name, signal) => callApi(() => client.sources[':name'].$get(source(name), init(signal)), signal),
    addSource: (body) => callApi(() => client.sources.$post({ json: body })),
    updateSource: (name, body) =>
      callApi(() => client.sources[':name'].$put({ ...source(name), json: body })),
    removeSource: (name, confirm) =>
      callApi(() => client.sources[':name'].$delete({ ...source(name), query: { confirm: text(confirm) } })),
    startJob: (body) => callApi(() => client.jobs.$post({ json: body })),
    jobs: (filter = {}, signal) =>
      callApi(
        () =>
          client.jobs.$get(
            {
              query: {
                source: text(filter.source),
                status: list(filter.status),
                limit: number(filter.limit),
              },
            },
            init(signal),
          ),
        signal,
      ),
    job: (id, signal) => callApi(() => job.$get(param(id), init(signal)), signal),
    cancelJob: (id) => callApi(() => job.cancel.$post(param(id))),
    resumeJob: (id) => callApi(() => job.resume.$post(param(id))),
    jobFiles: (id, filter = {}, signal) =>
      callApi(() => job.files.$get({ ...param(id), query: filesQuery(filter) }, init(signal)), signal),
    overview: (signal) => callApi(() => client.overview.$get({ query: {} }, init(signal)), signal),
    rebuild: (body = {}) => callApi(() => client.index.rebuild.$post({ json: body })),
    async discardRebuild() {
      const result = await callApi(() => client.index.rebuild.$delete());
      return result.ok ? ok(true as const) : result;
    },
    jobEvents: (id, { onEvent, signal }) =>
      streamJobEvents(id, { onEvent, signal, fetch: options.fetch, baseUrl: options.baseUrl }),
  };
}
