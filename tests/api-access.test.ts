import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '../ingest/records.ts';
import { createDeterministicEmbedder } from './support/deterministic-embedder.ts';
import { folderSource } from './support/ingest-harness.ts';
import { makeTempDir } from './support/paths.ts';
import { chatRequest, openTestServer, readSse, testUser, type TestServer } from './support/test-app.ts';

// One canary per group: a word that appears nowhere else, so any leak is unambiguous.
const groups = ['mobiliteit', 'directie', 'handhaving'] as const;
const canary = (group: string) => `kanarie${group}zwanenveer`;

describe('access: no read path returns a document outside the reader’s groups', () => {
  let work: { dir: string; remove: () => Promise<void> };
  let server: TestServer;

  beforeAll(async () => {
    work = await makeTempDir('access');
    const sources = [];
    for (const group of groups) {
      const root = path.join(work.dir, 'shares', group);
      await mkdir(root, { recursive: true });
      await writeFile(
        path.join(root, 'vertrouwelijk.md'),
        `# Vertrouwelijk ${group}\n\nDe code voor de parkeergarage is ${canary(group)}. Alleen voor ${group}.\n`,
      );
      await writeFile(
        path.join(root, 'algemeen.md'),
        `# Algemeen ${group}\n\nFietsstraten zijn rood in Groningen.\n`,
      );
      sources.push(folderSource(`bron-${group}`, root, [group]));
    }
    server = await openTestServer(work.dir, sources, {
      embedder: createDeterministicEmbedder({ dimensions: 32 }),
    });
  });

  afterAll(async () => {
    await server?.close();
    await work?.remove();
  });

  for (const group of groups) {
    const outsider = testUser(
      `buiten-${group}`,
      groups.filter((other) => other !== group),
    );
    const insider = testUser(`binnen-${group}`, [group]);
    const canaryId = documentId(`bron-${group}`, 'vertrouwelijk.md');

    it(`search: ${group} canary only for ${group}`, async () => {
      const query = encodeURIComponent(`fietsstraten ${canary(group)}`);
      const asOutsider = await (await server.request(outsider, `/api/search?q=${query}`)).json();
      expect(asOutsider.results.length).toBeGreaterThan(0); // the other groups' documents still answer
      expect(JSON.stringify(asOutsider.results)).not.toContain(canary(group));
      const asInsider = await (await server.request(insider, `/api/search?q=${query}`)).json();
      expect(asInsider.results[0].documentId).toBe(canaryId);
    });

    it(`chat: ${group} canary never reaches an outsider's sources or answer`, async () => {
      const response = await server.request(
        outsider,
        '/api/chat',
        chatRequest({ question: `Wat is de code ${canary(group)}?` }),
      );
      expect(response.status).toBe(200);
      const events = await readSse(response);
      expect(JSON.stringify(events)).not.toContain(canary(group));
      const insiderEvents = await readSse(
        await server.request(
          insider,
          '/api/chat',
          chatRequest({ question: `Wat is de code ${canary(group)}?` }),
        ),
      );
      expect(JSON.stringify(insiderEvents)).toContain(canary(group));
    });

    it(`documents: ${group} canary text and file are 404 for an outsider`, async () => {
      expect((await server.request(outsider, `/api/documents/${canaryId}`)).status).toBe(404);
      expect((await server.request(outsider, `/api/documents/${canaryId}/file`)).status).toBe(404);
      const document = await server.request(insider, `/api/documents/${canaryId}`);
      expect(document.status).toBe(200);
      expect((await document.json()).text).toContain(canary(group));
      const file = await server.request(insider, `/api/documents/${canaryId}/file`);
      expect(file.status).toBe(200);
      expect(await file.text()).toContain(canary(group));
    });

    it(`provenance: an insider's answer record about the ${group} canary is hidden from others`, async () => {
      const events = await readSse(
        await server.request(
          insider,
          '/api/chat',
          chatRequest({ question: `Wat is de code ${canary(group)}?` }),
        ),
      );
      const end = events.find((event) => event.event === 'answer-end')?.data as { answerId: string };
      expect((await server.request(insider, `/api/answers/${end.answerId}`)).status).toBe(200);
      const leak = await server.request(outsider, `/api/answers/${end.answerId}`);
      expect(leak.status).toBe(404);
      expect(await leak.text()).not.toContain(canary(group));
      const feedback = await server.request(
        outsider,
        `/api/answers/${end.answerId}/feedback`,
        chatRequest({ helpful: false, reason: 'poging' }),
      );
      expect(feedback.status).toBe(404);
    });
  }

  it('a reader without any group sees nothing at all', async () => {
    const nobody = testUser('zonder-groep', []);
    const search = await (await server.request(nobody, '/api/search?q=Fietsstraten')).json();
    expect(search.results).toEqual([]);
  });
});
