/**
 * Every notes and gaps route, called for real, answers exactly what the generated OpenAPI document says: each
 * 2xx and the main error statuses, bodies validated against the document (stricter: no undocumented fields).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../server/http/types.ts';
import type { GapListResponse, NoteView, RevisionListResponse } from '../server/contract/notes-index.ts';
import { folderSource } from './support/ingest-harness.ts';
import {
  conformanceChecker,
  shapelessSchemas,
  type ConformanceChecker,
  type OpenApiDocument,
} from './support/openapi-conformance.ts';
import { makeTempDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

const anna = testUser('expert-anna', ['mobiliteit'], ['medewerker', 'expert']);
const bram = testUser('expert-bram', ['mobiliteit'], ['medewerker', 'expert']);
const cor = testUser('medewerker-cor', ['mobiliteit']);
const fenna = testUser('beheerder-fenna', ['mobiliteit'], ['medewerker', 'beheerder']);
const nobody = '00000000-0000-4000-8000-000000000000';

describe('notes and gaps conformance: real responses match the generated OpenAPI document', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let document: OpenApiDocument;
  let checker: ConformanceChecker;

  /** One real request, checked against the document; answers status and parsed body. */
  async function send<T = Record<string, unknown>>(
    user: User,
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; body: T }> {
    const init: RequestInit = { method };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) Object.assign(init, { headers, body: JSON.stringify(body) });
    const response = await server.request(user, url, init);
    await checker.check(method, url, response);
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? await response.json() : null) as T };
  }

  beforeAll(async () => {
    work = await makeTempDir('notes-conformance');
    const root = path.join(work.dir, 'shares', 'beleid');
    await mkdir(root, { recursive: true });
    await writeFile(
      path.join(root, 'laadpalen.md'),
      '# Laadpalen\n\nEen laadpaal vraag je aan bij de gemeente.\n',
    );
    server = await openTestServer(work.dir, [folderSource('beleid', root, ['mobiliteit'])]);
    document = (await (await server.request(anna, '/api/openapi.json')).json()) as OpenApiDocument;
    checker = conformanceChecker(document);
    // A question the knowledge base cannot answer becomes a gap.
    await readSse(
      await server.request(cor, '/api/chat', chatRequest({ question: 'Hoeveel kamelen leven er op Mars?' })),
    );
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('describes every notes and gaps schema with its properties', () => {
    const ours = (where: string) => where.startsWith('#/paths//notes') || where.startsWith('#/paths//gaps');
    const names = referencedSchemas(
      document,
      Object.keys(document.paths).filter((key) => ours(`#/paths/${key}`)),
    );
    expect(
      shapelessSchemas(document).filter((where) => ours(where) || names.has(where.split('/')[3] ?? '')),
    ).toEqual([]);
  });

  it('answers the notes routes as documented', async () => {
    const fields = {
      title: 'Laadpaal bij een monument',
      body: 'Bij een **monument** overleg je eerst met Erfgoed over de plek van de laadpaal.',
      topic: 'Laadpalen',
      authorName: 'Anna de Vries',
      reviewDate: '2099-01-01',
    };
    expect((await send(anna, 'GET', '/api/notes')).status).toBe(200);
    expect((await send(anna, 'GET', '/api/notes?limit=0')).status).toBe(400);
    const created = await send<NoteView>(anna, 'POST', '/api/notes', fields);
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await send(cor, 'POST', '/api/notes', fields)).status).toBe(403);
    expect((await send(anna, 'POST', '/api/notes', {})).status).toBe(400);
    expect((await send(anna, 'POST', '/api/notes', { title: 'x', body: 'x'.repeat(2_000_000) })).status).toBe(
      413,
    );
    const plain = await send(anna, 'POST', '/api/notes', fields, { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect((await send(anna, 'POST', '/api/notes', { ...fields, gapId: nobody })).status).toBe(404);

    expect((await send(anna, 'GET', `/api/notes/${id}`)).status).toBe(200);
    expect((await send(anna, 'GET', '/api/notes/geen-uuid')).status).toBe(400);
    expect((await send(anna, 'GET', `/api/notes/${nobody}`)).status).toBe(404);

    const saved = await send<NoteView>(anna, 'PUT', `/api/notes/${id}`, {
      expectedVersion: 1,
      body: fields.body + ' Bel het loket.',
    });
    expect(saved.status).toBe(200);
    expect(
      (await send(anna, 'PUT', `/api/notes/${id}`, { expectedVersion: 1, title: 'Te laat' })).status,
    ).toBe(409);
    expect((await send(anna, 'PUT', `/api/notes/${id}`, { title: 'Zonder versie' })).status).toBe(400);
    expect((await send(cor, 'PUT', `/api/notes/${id}`, { expectedVersion: saved.body.version })).status).toBe(
      404,
    );
    expect((await send(anna, 'PUT', `/api/notes/${nobody}`, { expectedVersion: 1 })).status).toBe(404);
    const huge = await send(anna, 'PUT', `/api/notes/${id}`, {
      expectedVersion: saved.body.version,
      body: 'woord '.repeat(20_000),
    });
    expect(huge.status).toBe(413);

    expect((await send(anna, 'POST', `/api/notes/${id}/submit`, { expectedVersion: 1 })).status).toBe(409);
    expect((await send(anna, 'POST', `/api/notes/${id}/submit`, {})).status).toBe(400);
    const submitted = await send<NoteView>(anna, 'POST', `/api/notes/${id}/submit`, {
      expectedVersion: saved.body.version,
    });
    expect(submitted.status).toBe(200);
    const approve = { decision: 'approved', expectedVersion: submitted.body.version };
    expect((await send(anna, 'POST', `/api/notes/${id}/reviews`, approve)).status).toBe(403);
    expect((await send(bram, 'POST', `/api/notes/${id}/reviews`, { decision: 'ja' })).status).toBe(400);
    expect(
      (await send(bram, 'POST', `/api/notes/${id}/reviews`, { ...approve, expectedVersion: 1 })).status,
    ).toBe(409);
    const approved = await send<NoteView>(bram, 'POST', `/api/notes/${id}/reviews`, approve);
    expect(approved.status).toBe(201);
    expect((await send(cor, 'GET', `/api/notes/${id}?version=published`)).status).toBe(200);

    const history = await send<RevisionListResponse>(anna, 'GET', `/api/notes/${id}/revisions`);
    expect(history.status).toBe(200);
    expect((await send(cor, 'GET', `/api/notes/${id}/revisions`)).status).toBe(403);
    expect((await send(anna, 'GET', `/api/notes/${nobody}/revisions`)).status).toBe(404);
    expect((await send(anna, 'GET', `/api/notes/geen-uuid/revisions`)).status).toBe(400);
    const conflict = history.body.revisions.find((revision) => revision.action === 'conflict');
    expect((await send(anna, 'GET', `/api/notes/${id}/revisions/${conflict?.id}`)).status).toBe(200);
    expect((await send(anna, 'GET', `/api/notes/${id}/revisions/999999`)).status).toBe(404);
    expect((await send(anna, 'GET', `/api/notes/${id}/revisions/nul`)).status).toBe(400);
    expect((await send(cor, 'GET', `/api/notes/${id}/revisions/${conflict?.id}`)).status).toBe(403);

    const exported = await send(anna, 'GET', '/api/notes/export');
    expect(exported.status).toBe(200);
    expect((await send(cor, 'GET', '/api/notes/export')).status).toBe(403);

    expect((await send(bram, 'POST', `/api/notes/${id}/withdraw`, { reason: 'x' })).status).toBe(400);
    expect((await send(bram, 'POST', `/api/notes/${id}/withdraw`, { expectedVersion: 1 })).status).toBe(409);
    expect(
      (await send(cor, 'POST', `/api/notes/${id}/withdraw`, { expectedVersion: approved.body.version }))
        .status,
    ).toBe(403);
    const withdrawn = await send(bram, 'POST', `/api/notes/${id}/withdraw`, {
      expectedVersion: approved.body.version,
      reason: 'Vervangen',
    });
    expect(withdrawn.status).toBe(200);
  });

  it('answers topics, interviews, document options and imports as documented', async () => {
    expect((await send(anna, 'GET', '/api/notes/topics')).status).toBe(200);
    expect((await send(anna, 'POST', '/api/notes/topics', { name: 'Kermissen' })).status).toBe(201);
    expect((await send(anna, 'POST', '/api/notes/topics', { name: 'Kermissen' })).status).toBe(200);
    expect((await send(anna, 'POST', '/api/notes/topics', {})).status).toBe(400);
    expect((await send(cor, 'POST', '/api/notes/topics', { name: 'Markten' })).status).toBe(403);
    expect((await send(fenna, 'PUT', '/api/notes/topics/kermissen', { ownerName: 'Gea' })).status).toBe(200);
    expect((await send(anna, 'PUT', '/api/notes/topics/kermissen', { ownerName: 'Gea' })).status).toBe(403);
    expect((await send(fenna, 'PUT', '/api/notes/topics/bestaat-niet', { ownerName: 'Gea' })).status).toBe(
      404,
    );
    expect((await send(fenna, 'PUT', '/api/notes/topics/Geen Id', { ownerName: 'Gea' })).status).toBe(400);

    expect((await send(anna, 'GET', '/api/notes/interview')).status).toBe(200);
    const answers = {
      uitzonderingen: 'Mantelzorgers krijgen een tijdelijke vergunning, ook zonder indicatie.',
    };
    const interview = await send(anna, 'POST', '/api/notes/interview', {
      topic: 'Parkeren',
      authorName: 'Anna',
      answers,
    });
    expect(interview.status).toBe(201);
    expect((await send(anna, 'POST', '/api/notes/interview', { answers: { onbekend: 'x' } })).status).toBe(
      400,
    );
    expect((await send(cor, 'POST', '/api/notes/interview', { topic: 'Parkeren', answers })).status).toBe(
      403,
    );

    expect((await send(anna, 'GET', '/api/notes/document-options?q=laadpaal')).status).toBe(200);
    expect((await send(anna, 'GET', '/api/notes/document-options?limit=0')).status).toBe(400);

    const file = {
      fileName: 'stalling.md',
      content: '---\ntitle: Fietsenstalling\n---\n\nDe stalling is 24 uur open.',
    };
    expect((await send(anna, 'POST', '/api/notes/import', { files: [file] })).status).toBe(200);
    const form = new FormData();
    form.append('files', new File([zipSync({ 'a.md': strToU8(file.content) })], 'notities.zip'));
    expect((await send(anna, 'POST', '/api/notes/import', form)).status).toBe(200);
    expect((await send(anna, 'POST', '/api/notes/import', { files: [] })).status).toBe(400);
    expect((await send(cor, 'POST', '/api/notes/import', { files: [file] })).status).toBe(403);
  });

  it('answers the gaps routes as documented', async () => {
    const list = await send<GapListResponse>(anna, 'GET', '/api/gaps');
    expect(list.status).toBe(200);
    expect((await send(cor, 'GET', '/api/gaps')).status).toBe(403);
    expect((await send(anna, 'GET', '/api/gaps?status=weg')).status).toBe(400);
    const gap = list.body.gaps[0]!;
    expect((await send(anna, 'GET', `/api/gaps/${gap.id}`)).status).toBe(200);
    expect((await send(anna, 'GET', `/api/gaps/${nobody}`)).status).toBe(404);
    expect((await send(anna, 'GET', '/api/gaps/geen-uuid')).status).toBe(400);
    expect((await send(cor, 'GET', `/api/gaps/${gap.id}`)).status).toBe(403);

    const note = await send<NoteView>(anna, 'POST', '/api/notes', {
      title: 'Kamelen op Mars',
      topic: 'Algemeen',
    });
    expect((await send(anna, 'POST', `/api/gaps/${gap.id}/answer`, { noteId: 'x' })).status).toBe(400);
    expect((await send(cor, 'POST', `/api/gaps/${gap.id}/answer`, { noteId: note.body.id })).status).toBe(
      403,
    );
    expect((await send(anna, 'POST', `/api/gaps/${nobody}/answer`, { noteId: note.body.id })).status).toBe(
      404,
    );
    expect((await send(anna, 'POST', `/api/gaps/${gap.id}/answer`, { noteId: note.body.id })).status).toBe(
      200,
    );
    expect((await send(anna, 'POST', `/api/gaps/${gap.id}/dismiss`, { reason: 42 })).status).toBe(400);
    expect(
      (await send(anna, 'POST', `/api/gaps/${gap.id}/dismiss`, { reason: 'Geen vraag voor ons' })).status,
    ).toBe(200);
    expect((await send(cor, 'POST', `/api/gaps/${gap.id}/dismiss`, {})).status).toBe(403);
    expect((await send(anna, 'POST', `/api/gaps/${nobody}/dismiss`, {})).status).toBe(404);
  });

  it('leaves no documented notes or gaps operation unexercised', () => {
    expect(checker.uncovered('/notes')).toEqual([]);
    expect(checker.uncovered('/gaps')).toEqual([]);
  });
});

/** Names of the component schemas the given paths use, directly or through other schemas. */
function referencedSchemas(document: OpenApiDocument, paths: string[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/components/schemas/', '');
        if (!names.has(name)) {
          names.add(name);
          visit(document.components?.schemas?.[name]);
        }
      } else visit(value);
    }
  };
  paths.forEach((template) => visit(document.paths[template]));
  return names;
}
