/**
 * Typed calls to the knowledge-notes API (`/api/notes`, `/api/gaps`), built on Hono's `hc` client typed from
 * the routes. Every call returns a Result; a save that lost a race comes back as a `conflict` with the note as
 * it is now, so the editor can keep the user's text and say who saved in between.
 */
import { hc, type ClientResponse } from 'hono/client';
import type {
  CreateNoteBody,
  DocumentOptionsResponse,
  GapListResponse,
  GapsRoutes,
  GapStatus,
  GapView,
  InterviewBody,
  InterviewPromptsResponse,
  NoteConflictBody,
  NoteListResponse,
  NoteStatus,
  NotesRoutes,
  NoteView,
  ReviewNoteBody,
  RevisionListResponse,
  RevisionView,
  SaveNoteBody,
  SubmitNoteBody,
  TopicListResponse,
  WithdrawNoteBody,
} from '../../../server/contract/index.ts';
import {
  callApi,
  networkFailure,
  type ApiClientOptions,
  type ApiFailure,
  type SuccessBody,
} from '../api/client.ts';
import { fail, type Result } from '../result.ts';

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

/** A query without the parameters left out or empty (the server's defaults apply to those). */
function query<Parameters extends Record<string, string | undefined>>(parameters: Parameters) {
  return Object.fromEntries(
    Object.entries(parameters).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<Parameters>;
}

function isConflictBody(value: unknown): value is NoteConflictBody {
  return typeof value === 'object' && value !== null && 'current' in value && 'error' in value;
}

/** A change guarded by `expectedVersion`: a 409 keeps its body, which holds the note as it is now. */
async function change<Answer extends ClientResponse<unknown>>(
  send: () => Promise<Answer>,
): Promise<Result<SuccessBody<Answer>, NoteFailure>> {
  let response: Answer;
  try {
    response = await send();
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
  return callApi(async () => response);
}

export function createNotesClient(options: ApiClientOptions = {}): NotesClient {
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  const notes = hc<NotesRoutes>(`${baseUrl}/api/notes`, { fetch });
  const gaps = hc<GapsRoutes>(`${baseUrl}/api/gaps`, { fetch });
  const withSignal = (signal?: AbortSignal) => ({ init: { signal: signal ?? null } });
  const note = (id: string) => ({ param: { id: segment(id) } });
  const byNote = notes[':id'];

  return {
    list: (filter = {}, signal) =>
      callApi(
        () =>
          notes.index.$get(
            {
              query: query({
                status: filter.status && filter.status.length > 0 ? filter.status.join(',') : undefined,
                topic: filter.topic,
                needsReview: filter.needsReview ? ('true' as const) : undefined,
                mine: filter.mine ? ('true' as const) : undefined,
                q: filter.q?.trim(),
                limit: filter.limit === undefined ? undefined : String(filter.limit),
              }),
            },
            withSignal(signal),
          ),
        signal,
      ),
    get: (id, version = 'current') =>
      callApi(() => byNote.$get({ ...note(id), query: version === 'published' ? { version } : {} })),
    create: (body) => callApi(() => notes.index.$post({ json: body })),
    save: (id, body) => change(() => byNote.$put({ ...note(id), json: body })),
    submit: (id, body) => change(() => byNote.submit.$post({ ...note(id), json: body })),
    review: (id, body) => change(() => byNote.reviews.$post({ ...note(id), json: body })),
    withdraw: (id, body) => change(() => byNote.withdraw.$post({ ...note(id), json: body })),
    revisions: (id) => callApi(() => byNote.revisions.$get(note(id))),
    revision: (id, revisionId) =>
      callApi(() =>
        byNote.revisions[':revisionId'].$get({ param: { id: segment(id), revisionId: String(revisionId) } }),
      ),
    topics: () => callApi(() => notes.topics.$get()),
    interviewPrompts: () => callApi(() => notes.interview.$get()),
    interview: (body) => callApi(() => notes.interview.$post({ json: body })),
    documentOptions: (text, signal) =>
      callApi(
        () => notes['document-options'].$get({ query: query({ q: text.trim() }) }, withSignal(signal)),
        signal,
      ),
    gaps: (status) => callApi(() => gaps.index.$get({ query: query({ status: status?.join(',') }) })),
    gap: (id) => callApi(() => gaps[':id'].$get(note(id))),
  };
}
