/**
 * Typed calls to the Vraagbaak API. Every call returns a Result: the UI shows a failed request as a state,
 * never as an uncaught exception.
 */
import type {
  AnswerRecordResponse,
  DocumentResponse,
  ErrorBody,
  FeedbackBody,
  HealthResponse,
  MeResponse,
} from '../../../server/api-types.ts';
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

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const request = createJsonRequest(options);
  return {
    health: (signal) => request<HealthResponse>('/api/health', { signal: signal ?? null }),
    me: (signal) => request<MeResponse>('/api/me', { signal: signal ?? null }),
    document: (id, signal) =>
      request<DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`, { signal: signal ?? null }),
    answerRecord: (id, signal) =>
      request<AnswerRecordResponse>(answerRecordUrl(id), { signal: signal ?? null }),
    async sendFeedback(answerId, body, signal) {
      const result = await request<unknown>(`${answerRecordUrl(answerId)}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ?? null,
      });
      return result.ok ? ok(true as const) : result;
    },
  };
}
