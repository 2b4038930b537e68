import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ImportResponse,
  InterviewPromptsResponse,
  NoteListResponse,
  NoteView,
} from '../server/contract/notes-index.ts';
import { gapsRoutes } from '../server/routes/gaps.ts';
import { notesRoutes } from '../server/routes/notes.ts';
import { folderSource } from './support/ingest-harness.ts';
import { jsonBody, notesClient } from './support/notes-client.ts';
import { makeTempDir } from './support/paths.ts';
import { openTestServer, testUser, type TestServer } from './support/test-app.ts';

const anna = testUser('expert-anna', ['mobiliteit'], ['medewerker', 'expert']);
const bram = testUser('expert-bram', ['mobiliteit'], ['medewerker', 'expert']);
const staff = testUser('medewerker-cor', ['mobiliteit']);

describe('knowledge notes: export, import, interview and bad input (lexical knowledge base)', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;
  let api: ReturnType<typeof notesClient>;

  beforeAll(async () => {
    work = await makeTempDir('notes-exchange');
    const root = path.join(work.dir, 'shares', 'beleid');
    await mkdir(root, { recursive: true });
    await writeFile(
      path.join(root, 'laadpalen.md'),
      '# Laadpalen\n\nEen laadpaal vraag je aan bij de gemeente.\n',
    );
    server = await openTestServer(work.dir, [folderSource('beleid', root, ['mobiliteit'])]);
    api = notesClient(server);
  });
  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  it('exports published notes as Markdown with front matter and imports them back as drafts', async () => {
    const published = await api.publish(anna, bram, {
      title: 'Laadpaal bij een monument',
      body: '## Uitzondering\n\nBij een **monument** overleg je eerst met Erfgoed.\n\n- bel het loket\n- mail de adviseur',
      topic: 'Laadpalen',
      authorName: 'Anna de Vries',
      reviewDate: '2099-01-01',
    });
    await api.create(anna, { title: 'Een concept dat niet mee mag' });

    const response = await server.request(anna, '/api/notes/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = new Uint8Array(await response.arrayBuffer());
    const files = unzipSync(zip);
    const names = Object.keys(files);
    expect(names).toEqual([`laadpaal-bij-een-monument-${published.id.slice(0, 8)}.md`]);
    const markdown = strFromU8(files[names[0]!]!);
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(`id: "${published.id}"`);
    expect(markdown).toContain('title: "Laadpaal bij een monument"');
    expect(markdown).toContain('author: "Anna de Vries"');
    expect(markdown).toContain('reviewDate: "2099-01-01"');
    expect(markdown).toContain('accessGroups: ["mobiliteit"]');
    expect(markdown).toContain('Bij een **monument** overleg je eerst met Erfgoed.');
    expect((await server.request(staff, '/api/notes/export')).status).toBe(403);

    const form = new FormData();
    form.append('files', new File([zip], 'export.zip', { type: 'application/zip' }));
    const imported = await api.call<ImportResponse>(bram, '/api/notes/import', {
      method: 'POST',
      body: form,
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 1, failed: 0 });
    const result = imported.body.results[0]!;
    expect(result.warnings).toContain(`geïmporteerd uit notitie ${published.id}`);
    const copy = await api.get(bram, result.noteId!);
    expect(copy.body).toMatchObject({
      status: 'draft',
      origin: 'import',
      title: 'Laadpaal bij een monument',
      authorName: 'Anna de Vries',
      reviewDate: '2099-01-01',
      accessGroups: ['mobiliteit'],
      topic: { name: 'Laadpalen' },
      published: null,
    });
    expect(copy.body.body).toBe(published.body);
    expect(copy.body.id).not.toBe(published.id);
  });

  it('reports per file what could not be imported, and imports the rest', async () => {
    const files = [
      {
        fileName: 'goed.md',
        content:
          '---\ntitle: Fietsenstalling bij het station\ntopic: Fiets\n---\n\nDe stalling is 24 uur open.',
      },
      { fileName: 'geen-titel.md', content: '---\ntopic: Fiets\n---\n\nTekst zonder titel.' },
      { fileName: 'script.md', content: '---\ntitle: Gevaarlijk\n---\n\n<script>alert(1)</script>' },
      { fileName: 'zonder-front-matter.md', content: '# Kop als titel\n\nGewone Markdown.' },
      { fileName: 'plaatje.png', content: 'PNG' },
    ];
    const answer = await api.call<ImportResponse>(anna, '/api/notes/import', jsonBody('POST', { files }));
    expect(answer.status).toBe(200);
    const byName = new Map(answer.body.results.map((result) => [result.fileName, result]));
    expect(byName.get('goed.md')).toMatchObject({ ok: true, title: 'Fietsenstalling bij het station' });
    expect(byName.get('geen-titel.md')).toMatchObject({ ok: false, reason: expect.stringMatching(/titel/) });
    expect(byName.get('script.md')).toMatchObject({ ok: false, reason: expect.stringMatching(/<script>/) });
    expect(byName.get('zonder-front-matter.md')).toMatchObject({ ok: true, title: 'Kop als titel' });
    expect(byName.get('plaatje.png')).toMatchObject({ ok: false, reason: expect.stringMatching(/\.md/) });
    expect(answer.body).toMatchObject({ created: 2, failed: 3 });
    const drafts = await api.call<NoteListResponse>(anna, '/api/notes?status=draft&q=fietsenstalling');
    expect(drafts.body.notes.map((note) => note.origin)).toEqual(['import']);
    const bomb = zipSync({ 'groot.md': strToU8('x'.repeat(200_000)) });
    const form = new FormData();
    form.append('files', new File([bomb], 'groot.zip'));
    const refused = await api.call<ImportResponse>(anna, '/api/notes/import', { method: 'POST', body: form });
    expect(refused.body.results).toEqual([expect.objectContaining({ fileName: 'groot.md', ok: false })]);
  });

  it('turns interview answers into a draft note, without a model', async () => {
    const prompts = await api.call<InterviewPromptsResponse>(anna, '/api/notes/interview');
    expect(prompts.body.prompts.map((prompt) => prompt.id)).toEqual(
      expect.arrayContaining(['uitzonderingen', 'contacten', 'besluiten', 'bronnen']),
    );
    const created = await api.call<NoteView>(
      anna,
      '/api/notes/interview',
      jsonBody('POST', {
        topic: 'Parkeren',
        authorName: 'Anna de Vries',
        answers: {
          uitzonderingen: 'Mantelzorgers krijgen een tijdelijke vergunning, ook zonder indicatie.',
          contacten: 'Voor bezwaren bel ik de juridische afdeling.',
          bronnen: '',
        },
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      origin: 'interview',
      title: 'Ervaringskennis: Parkeren',
    });
    expect(created.body.body).toBe(
      '## Welke uitzonderingen maakt u, en waarom?\n\nMantelzorgers krijgen een tijdelijke vergunning, ook zonder indicatie.\n\n' +
        '## Wie belt of mailt u waarvoor?\n\nVoor bezwaren bel ik de juridische afdeling.',
    );
    const empty = await api.call(
      anna,
      '/api/notes/interview',
      jsonBody('POST', { answers: { onbekend: 'x' } }),
    );
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: { message: expect.stringMatching(/onbekend.*minstens één vraag.*titel/) },
    });
  });

  it('refuses bad input with clear errors that list every problem', async () => {
    const tooLarge = await api.create(anna, { title: 'Veel te lang', body: 'woord '.repeat(20_000) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({
      error: {
        code: 'payload_too_large',
        message: expect.stringMatching(/te groot: 120 kB; hoogstens 100 kB/),
      },
    });
    const huge = await api.create(anna, { title: 'Nog groter', body: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);

    const html = await api.create(anna, { title: '<b>Vet</b> en <script>alert(1)</script>' });
    expect(html.status).toBe(400);
    expect(html.body).toMatchObject({
      error: { code: 'bad_request', message: expect.stringMatching(/titel mag geen HTML/) },
    });

    const empty = await api.create(anna, {
      title: ' ',
      authorName: 'x',
      reviewDate: 'morgen',
      accessGroups: ['groep met spaties'],
    });
    expect(empty.status).toBe(400);
    const message = (empty.body as unknown as { error: { message: string } }).error.message;
    for (const problem of [
      'De titel is leeg',
      'auteursnaam is te kort',
      'herzieningsdatum is geen geldige datum',
      'Ongeldige groepsnaam',
    ]) {
      expect(message).toContain(problem);
    }
    expect((await api.create(anna, {})).status).toBe(400);

    const scripts = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[klik](javascript:alert(1))',
      '<iframe src="https://example.org"></iframe>',
    ];
    for (const body of scripts) {
      const refused = await api.create(anna, { title: 'Met script', body });
      expect(refused.status, body).toBe(400);
      expect(refused.body, body).toMatchObject({
        error: { message: expect.stringMatching(/HTML die in een browser/) },
      });
    }
    // Harmless Markdown with a plain tag is kept as written; the server never renders it.
    const kept = await api.create(anna, { title: 'Gewone opmaak', body: 'Regel<br>volgende & **vet** < 5' });
    expect(kept.status).toBe(201);
    expect(kept.body.body).toBe('Regel<br>volgende & **vet** < 5');

    const incomplete = await api.submit(anna, kept.body.id, kept.body.version);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body).toMatchObject({
      error: {
        message: expect.stringMatching(/Nog niet compleet: Kies een onderwerp; Vul de auteursnaam in/),
      },
    });
    const pastDate = await api.save(anna, kept.body.id, {
      expectedVersion: kept.body.version,
      topic: 'Parkeren',
      authorName: 'Anna',
      body: 'Een tekst die lang genoeg is om te beoordelen.',
      reviewDate: '2001-01-01',
    });
    expect((await api.submit(anna, kept.body.id, pastDate.body.version)).body).toMatchObject({
      error: { message: expect.stringMatching(/herzieningsdatum ligt in het verleden/) },
    });
    expect((await api.get(anna, 'geen-uuid')).status).toBe(400);
    expect((await api.save(anna, kept.body.id, { title: 'Zonder versie' })).status).toBe(400);
  });

  it('describes every notes and gaps route in the OpenAPI document', async () => {
    const document = (await (await server.request(anna, '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = [
      ...notesRoutes(server.notes).routes.map((route) => ({ ...route, path: `/notes${route.path}` })),
      ...gapsRoutes(server.notes.gaps).routes.map((route) => ({ ...route, path: `/gaps${route.path}` })),
    ].filter((route) => route.method !== 'ALL');
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) {
      const described = route.path.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}');
      expect(
        document.paths[described]?.[route.method.toLowerCase()],
        `${route.method} ${described}`,
      ).toBeDefined();
    }
  });
});
