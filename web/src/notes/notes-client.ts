/**
 * Typed calls to the knowledge-notes API (`/api/notes`, `/api/gaps`). Every call returns a Result; a save
 * that lost a race comes back as a `conflict` with the note as it is now, so the editor can keep the user's
 * text and say who saved in between.
 */
import type {
  CreateNoteBody,
  DocumentOptionsResponse,
  GapListResponse,
  GapStatus,
  GapView,
  InterviewBody,
  InterviewPromptsResponse,
  NoteConflictBody,
  NoteListResponse,
  NoteStatus,
  NoteView,
  ReviewNoteBody,
  RevisionListResponse,
  RevisionView,
  SaveNoteBody,
  SubmitNoteBody,
  TopicListResponse,
  WithdrawNoteBody,
} from '../../../server/api-types.ts';
import {
  createJsonRequest,
  httpFailure,
  networkFailure,
  type ApiClientOptions,
  type ApiFailure,
} from '../api/client.ts';
import { fail, ok, type Result } from '../result.ts';

/** 409: someone saved in between (or the note moved on to another state). Nothing typed is lost. */
export interface NoteConflict {
  kind: 'conflict';
  /** The server's sentence: who changed the note, when, and where the losing change was kept. */
  message: string;
  current: NoteView;
  yourRevisionId: number | null;
}

export type NoteFailure = ApiFailure | NoteConflict;

export interface NoteListFilter {
  status?: NoteStatus[];
  topic?: string;
  needsReview?: boolean;
  mine?: boolean;
  q?: string;
  limit?: number;
}

export interface NotesClient {
  list(filter?: NoteListFilter, signal?: AbortSignal): Promise<Result<NoteListResponse, ApiFailure>>;
  /** `published`: the version in the knowledge base, as a reader sees it. */
  get(id: string, version?: 'current' | 'published'): Promise<Result<NoteView, ApiFailure>>;
  create(body: CreateNoteBody): Promise<Result<NoteView, ApiFailure>>;
  save(id: string, body: SaveNoteBody): Promise<Result<NoteView, NoteFailure>>;
  submit(id: string, body: SubmitNoteBody): Promise<Result<NoteView, NoteFailure>>;
  review(id: string, body: ReviewNoteBody): Promise<Result<NoteView, NoteFailure>>;
  withdraw(id: string, body: WithdrawNoteBody): Promise<Result<NoteView, NoteFailure>>;
  revisions(id: string): Promise<Result<RevisionListResponse, ApiFailure>>;
  revision(id: string, revisionId: number): Promise<Result<RevisionView, ApiFailure>>;
  topics(): Promise<Result<TopicListResponse, ApiFailure>>;
  interviewPrompts(): Promise<Result<InterviewPromptsResponse, ApiFailure>>;
  interview(body: InterviewBody): Promise<Result<NoteView, ApiFailure>>;
  documentOptions(query: string, signal?: AbortSignal): Promise<Result<DocumentOptionsResponse, ApiFailure>>;
  gaps(status?: GapStatus[]): Promise<Result<GapListResponse, ApiFailure>>;
  gap(id: string): Promise<Result<GapView, ApiFailure>>;
}

const segment = encodeURIComponent;

function query(parameters: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function isConflictBody(value: unknown): value is NoteConflictBody {
  return typeof value === 'object' && value !== null && 'current' in value && 'error' in value;
}

export function createNotesClient(options: ApiClientOptions = {}): NotesClient {
  const request = createJsonRequest(options);
  const fetchImplementation = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  const get = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal: signal ?? null });
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  /** A change guarded by `expectedVersion`: a 409 keeps its body, which holds the note as it is now. */
  async function change(path: string, method: string, body: unknown): Promise<Result<NoteView, NoteFailure>> {
    let response: Response;
    try {
      response = await fetchImplementation(`${baseUrl}${path}`, {
        method,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      return fail(networkFailure(error));
    }
    if (response.status === 409) {
      const conflict: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      if (isConflictBody(conflict)) {
        return fail({
          kind: 'conflict',
          message: conflict.error.message,
          current: conflict.current,
          yourRevisionId: conflict.yourRevisionId,
        });
      }
    }
    if (!response.ok) return fail(await httpFailure(response));
    try {
      return ok((await response.json()) as NoteView);
    } catch (error) {
      return fail(networkFailure(error));
    }
  }

  const note = (id: string) => `/api/notes/${segment(id)}`;

  return {
    list: (filter = {}, signal) =>
      get(
        `/api/notes${query({
          status: filter.status && filter.status.length > 0 ? filter.status.join(',') : undefined,
          topic: filter.topic,
          needsReview: filter.needsReview ? 'true' : undefined,
          mine: filter.mine ? 'true' : undefined,
          q: filter.q?.trim(),
          limit: filter.limit,
        })}`,
        signal,
      ),
    get: (id, version = 'current') =>
      get(`${note(id)}${version === 'published' ? '?version=published' : ''}`),
    create: (body) => request('/api/notes', json('POST', body)),
    save: (id, body) => change(note(id), 'PUT', body),
    submit: (id, body) => change(`${note(id)}/submit`, 'POST', body),
    review: (id, body) => change(`${note(id)}/reviews`, 'POST', body),
    withdraw: (id, body) => change(`${note(id)}/withdraw`, 'POST', body),
    revisions: (id) => get(`${note(id)}/revisions`),
    revision: (id, revisionId) => get(`${note(id)}/revisions/${revisionId}`),
    topics: () => get('/api/notes/topics'),
    interviewPrompts: () => get('/api/notes/interview'),
    interview: (body) => request('/api/notes/interview', json('POST', body)),
    documentOptions: (text, signal) => get(`/api/notes/document-options${query({ q: text.trim() })}`, signal),
    gaps: (status) => get(`/api/gaps${query({ status: status?.join(',') })}`),
    gap: (id) => get(`/api/gaps/${segment(id)}`),
  };
}
