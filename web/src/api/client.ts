/**
 * Typed calls to the Vraagbaak API, built with Hono's `hc` from the routes themselves: paths, parameters, bodies
 * and answers are the contract's, not written again here. Every call returns a Result: the UI shows a failed
 * request as a state, never as an uncaught exception.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type {
  AnswerRecordResponse,
  AnswersRoutes,
  DocumentResponse,
  DocumentsRoutes,
  ErrorBody,
  FeedbackBody,
  HealthResponse,
  HealthRoutes,
  MeResponse,
  MeRoutes,
} from '../../../server/contract/index.ts';
import { fail, ok, type Result } from '../result.ts';

export type ApiFailure =
  | { kind: 'aborted' }
  /** The server could not be reached at all. */
  | { kind: 'network'; message: string }
  /** The server answered with an error; `message` is its plain-language explanation when it gave one. */
  | { kind: 'http'; status: number; code: string | null; message: string | null };

export interface ApiClient {
  health(signal?: AbortSignal): Promise<Result<HealthResponse, ApiFailure>>;
  /** The user's groups and roles; `admin` says whether the admin console is theirs to use. */
  me(signal?: AbortSignal): Promise<Result<MeResponse, ApiFailure>>;
  document(id: string, signal?: AbortSignal): Promise<Result<DocumentResponse, ApiFailure>>;
  answerRecord(id: string, signal?: AbortSignal): Promise<Result<AnswerRecordResponse, ApiFailure>>;
  sendFeedback(answerId: string, body: FeedbackBody, signal?: AbortSignal): Promise<Result<true, ApiFailure>>;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** Prefix for every path; empty for the same origin. */
  baseUrl?: string;
}

/** Where the original file is served; `#page=` makes the browser's PDF viewer open at that page. */
export function documentFileUrl(documentId: string, page?: number | null): string {
  const path = `/api/documents/${encodeURIComponent(documentId)}/file`;
  return page ? `${path}#page=${page}` : path;
}

export function answerRecordUrl(answerId: string): string {
  return `/api/answers/${encodeURIComponent(answerId)}`;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

/** Turns a non-OK response into an ApiFailure, keeping the server's message when the body has one. */
export async function httpFailure(response: Response): Promise<ApiFailure> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: the status alone has to do.
  }
  return isErrorBody(body)
    ? { kind: 'http', status: response.status, code: body.error.code, message: body.error.message }
    : { kind: 'http', status: response.status, code: null, message: null };
}

export function networkFailure(error: unknown, signal?: AbortSignal): ApiFailure {
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError'))
    return { kind: 'aborted' };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

export type JsonRequest = <T>(path: string, init: RequestInit) => Promise<Result<T, ApiFailure>>;

/** A JSON call that never throws: the parsed body, or why there is none. Shared by the API clients. */
export function createJsonRequest(options: ApiClientOptions = {}): JsonRequest {
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  return async function request<T>(path: string, init: RequestInit): Promise<Result<T, ApiFailure>> {
    let response: Response;
    try {
      response = await fetchImplementation(`${baseUrl}${path}`, {
        ...init,
        headers: { accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      return fail(networkFailure(error, init.signal ?? undefined));
    }
    if (!response.ok) return fail(await httpFailure(response));
    try {
      return ok((await response.json()) as T);
    } catch (error) {
      return fail(networkFailure(error, init.signal ?? undefined));
    }
  };
}

/** The body of a typed response's success statuses (`hc` answers a union over every documented status). */
export type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, 'json'>
    ? Status extends SuccessStatusCode
      ? Body
      : never
    : never;

/**
 * Sends a typed `hc` request and never throws: the parsed body of a success status, or why there is none.
 * `signal` only tells an abort from a network failure; the request itself carries it.
 */
export async function callApi<R extends ClientResponse<unknown, number, string>>(
  send: () => Promise<R>,
  signal?: AbortSignal,
): Promise<Result<SuccessBody<R>, ApiFailure>> {
  let response: R;
  try {
    response = await send();
  } catch (error) {
    return fail(networkFailure(error, signal));
  }
  if (!response.ok) return fail(await httpFailure(response as unknown as Response));
  try {
    return ok((await response.json()) as SuccessBody<R>);
  } catch (error) {
    return fail(networkFailure(error, signal));
  }
}

/** The `fetch` every typed client uses: the given one (tests), else the browser's, looked up per call. */
export function clientFetch(options: ApiClientOptions): typeof fetch {
  return options.fetch ?? ((input, init) => globalThis.fetch(input, init));
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = `${options.baseUrl ?? ''}/api`;
  const clientOptions = { fetch: clientFetch(options), headers: { accept: 'application/json' } };
  const health = hc<HealthRoutes>(`${baseUrl}/health`, clientOptions);
  const me = hc<MeRoutes>(`${baseUrl}/me`, clientOptions);
  const documents = hc<DocumentsRoutes>(`${baseUrl}/documents`, clientOptions);
  const answers = hc<AnswersRoutes>(`${baseUrl}/answers`, clientOptions);
  const init = (signal: AbortSignal | undefined) => ({ init: { signal: signal ?? null } });
  return {
    health: (signal) => callApi(() => health.index.$get(undefined, init(signal)), signal),
    me: (signal) => callApi(() => me.index.$get(undefined, init(signal)), signal),
    document: (id, signal) => callApi(() => documents[':id'].$get({ param: { id } }, init(signal)), signal),
    answerRecord: (id, signal) => callApi(() => answers[':id'].$get({ param: { id } }, init(signal)), signal),
    async sendFeedback(answerId, body, signal) {
      const result = await callApi(
        () => answers[':id'].feedback.$post({ param: { id: answerId }, json: body }, init(signal)),
        signal,
      );
      return result.ok ? ok(true as const) : result;
    },
  };
}
