/**
 * Typed calls to the admin API (`/api/admin`, role `beheerder`). Like the chat's client, every call returns
 * a Result: a refused or failed request is a state the console shows, never an exception.
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
} from '../../../server/contract/admin-index.ts';
import { createJsonRequest, type ApiClientOptions, type ApiFailure } from '../api/client.ts';
import type { Result } from '../result.ts';
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

function query(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function filesQuery(filter: JobFilesFilter): string {
  return query({
    status: filter.status && filter.status.length > 0 ? filter.status.join(',') : undefined,
    q: filter.q?.trim(),
    limit: filter.limit,
    offset: filter.offset,
  });
}

/** The CSV export of the same files the table shows (filter and search, without paging). */
export function jobFilesCsvUrl(id: string, filter: Pick<JobFilesFilter, 'status' | 'q'> = {}): string {
  return `/api/admin/jobs/${segment(id)}/files.csv${filesQuery(filter)}`;
}

export function createAdminClient(options: ApiClientOptions = {}): AdminClient {
  const request = createJsonRequest(options);
  const get = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal: signal ?? null });
  const send = <T>(method: string, path: string, body?: unknown) =>
    request<T>(path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });

  return {
    sources: (signal) => get('/api/admin/sources', signal),
    source: (name, signal) => get(`/api/admin/sources/${segment(name)}`, signal),
    addSource: (body) => send('POST', '/api/admin/sources', body),
    updateSource: (name, body) => send('PUT', `/api/admin/sources/${segment(name)}`, body),
    removeSource: (name, confirm) =>
      send('DELETE', `/api/admin/sources/${segment(name)}${query({ confirm })}`),
    startJob: (body) => send('POST', '/api/admin/jobs', body),
    jobs: (filter = {}, signal) =>
      get(
        `/api/admin/jobs${query({ source: filter.source, status: filter.status?.join(','), limit: filter.limit })}`,
        signal,
      ),
    job: (id, signal) => get(`/api/admin/jobs/${segment(id)}`, signal),
    cancelJob: (id) => send('POST', `/api/admin/jobs/${segment(id)}/cancel`),
    resumeJob: (id) => send('POST', `/api/admin/jobs/${segment(id)}/resume`),
    jobFiles: (id, filter = {}, signal) =>
      get(`/api/admin/jobs/${segment(id)}/files${filesQuery(filter)}`, signal),
    overview: (signal) => get('/api/admin/overview', signal),
    rebuild: (body = {}) => send('POST', '/api/admin/index/rebuild', body),
    async discardRebuild() {
      const result = await send<unknown>('DELETE', '/api/admin/index/rebuild');
      return result.ok ? { ok: true, value: true } : result;
    },
    jobEvents: (id, { onEvent, signal }) =>
      streamJobEvents(id, { onEvent, signal, fetch: options.fetch, baseUrl: options.baseUrl }),
  };
}
