/** The notes API as a test drives it: one call per step, answering status and parsed body. */
import type { User } from '../../server/http/types.ts';
import type { NoteView } from '../../server/contract/notes-index.ts';
import type { TestServer } from './test-app.ts';

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

const send = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export function notesClient(server: TestServer) {
  const call = async <T = Record<string, unknown>>(
    user: User,
    url: string,
    init?: RequestInit,
  ): Promise<ApiAnswer<T>> => {
    const response = await server.request(user, url, init);
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      body: (type.includes('json') ? await response.json() : await response.text()) as T,
    };
  };
  const client = {
    call,
    create: (user: User, body: Record<string, unknown>) =>
      call<NoteView>(user, '/api/notes', send('POST', body)),
    get: (user: User, id: string, query = '') => call<NoteView>(user, `/api/notes/${id}${query}`),
    save: (user: User, id: string, body: Record<string, unknown>) =>
      call<NoteView>(user, `/api/notes/${id}`, send('PUT', body)),
    submit: (user: User, id: string, expectedVersion: number) =>
      call<NoteView>(user, `/api/notes/${id}/submit`, send('POST', { expectedVersion })),
    review: (user: User, id: string, body: Record<string, unknown>) =>
      call<NoteView>(user, `/api/notes/${id}/reviews`, send('POST', body)),
    withdraw: (user: User, id: string, body: Record<string, unknown>) =>
      call<NoteView>(user, `/api/notes/${id}/withdraw`, send('POST', body)),
    /** Draft, submitted by the author, approved by the reviewer: a published note. */
    async publish(author: User, reviewer: User, fields: Record<string, unknown>): Promise<NoteView> {
      const created = await client.create(author, fields);
      if (created.status !== 201)
        throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
      const submitted = await client.submit(author, created.body.id, created.body.version);
      if (submitted.status !== 200)
        throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
      const approved = await client.review(reviewer, created.body.id, {
        decision: 'approved',
        expectedVersion: submitted.body.version,
        reviewerName: 'Tweede Expert',
      });
      if (approved.status !== 201)
        throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
      return approved.body;
    },
  };
  return client;
}

export const jsonBody = send;
