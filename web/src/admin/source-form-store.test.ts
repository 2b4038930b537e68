import { describe, expect, it } from 'vitest';
import type { SourceCreateBody } from '../../../server/contract/index.ts';
import { fail, ok } from '../result.ts';
import { createSourceFormStore, sourceBody, valuesFromSource } from './source-form-store.ts';
import { adminSource } from './test-support/admin-fixtures.ts';
import { fakeAdminClient } from './test-support/fake-admin-client.ts';

const invalid = (message: string) =>
  fail({ kind: 'http' as const, status: 400, code: 'bad_request', message });

describe('source form', () => {
  it('turns the form into the body the API takes', () => {
    expect(
      sourceBody({
        name: ' beleid ',
        root: ' /mnt/beleid ',
        accessGroups: 'mobiliteit, handhaving,\n',
        include: '**/*.pdf\n\n  **/*.docx ',
        exclude: '',
        schedule: 'nightly',
        cron: '',
      }),
    ).toEqual<SourceCreateBody>({
      name: 'beleid',
      root: '/mnt/beleid',
      include: ['**/*.pdf', '**/*.docx'],
      exclude: [],
      accessGroups: ['mobiliteit', 'handhaving'],
      schedule: '0 2 * * *',
    });
    expect(sourceBody({ ...valuesFromSource(null), name: 'x', root: '/x' })).toEqual({
      name: 'x',
      root: '/x',
      include: [],
      exclude: [],
      schedule: null,
    });
  });

  it('fills the form from a source, a schedule that is no preset as its own cron', () => {
    expect(valuesFromSource(adminSource())).toMatchObject({
      schedule: 'nightly',
      cron: '',
      exclude: 'archief/**',
    });
    expect(valuesFromSource(adminSource({ schedule: '30 1 * * *' }))).toMatchObject({
      schedule: 'custom',
      cron: '30 1 * * *',
    });
  });

  it('checks a missing name and folder without asking the server', async () => {
    const { client, calls } = fakeAdminClient();
    const store = createSourceFormStore({ client });
    store.setValue('name', 'Beleid!');
    expect(await store.submit()).toEqual({ ok: false, reason: 'invalid' });
    expect(store.getSnapshot().errors).toEqual({
      name: [{ kind: 'name-pattern' }],
      root: [{ kind: 'required' }],
    });
    expect(store.getSnapshot().attempt).toBe(1);
    expect(calls).toEqual([]);
  });

  it("places the server's problems at their fields", async () => {
    const { client } = fakeAdminClient({
      addSource: async () =>
        invalid(
          'Ongeldige bron: root: /bestaat/niet bestaat niet; exclude.0: ongeldig patroon [a; bron: raar',
        ),
    });
    const store = createSourceFormStore({ client });
    store.setValue('name', 'proef');
    store.setValue('root', '/bestaat/niet');
    store.setValue('exclude', '[a');
    await store.submit();
    const { errors, general, submitting } = store.getSnapshot();
    expect(errors.root).toEqual([{ kind: 'server', message: '/bestaat/niet bestaat niet' }]);
    expect(errors.exclude).toEqual([{ kind: 'server', message: 'ongeldig patroon [a' }]);
    expect(general).toEqual(['bron: raar']);
    expect(submitting).toBe(false);
  });

  it('changes a source without sending its name, and reports other refusals above the form', async () => {
    const updates: unknown[] = [];
    let refuse = true;
    const { client } = fakeAdminClient({
      updateSource: async (name, body) => {
        updates.push([name, body]);
        return refuse
          ? fail({ kind: 'http', status: 409, code: 'conflict', message: 'Voor bron beleid loopt een taak.' })
          : ok(adminSource({ ...body, schedule: body.schedule ?? null }));
      },
    });
    const store = createSourceFormStore({ client, source: adminSource() });
    store.setValue('accessGroups', 'mobiliteit');
    await store.submit();
    expect(store.getSnapshot().general).toEqual(['Voor bron beleid loopt een taak.']);
    refuse = false;
    const saved = await store.submit();
    expect(saved.ok && saved.value.accessGroups).toEqual(['mobiliteit']);
    expect(updates[1]).toEqual([
      'beleid',
      {
        root: '/mnt/beleid',
        include: [],
        exclude: ['archief/**'],
        accessGroups: ['mobiliteit'],
        schedule: '0 2 * * *',
      },
    ]);
    expect(store.getSnapshot().general).toEqual([]);
  });
});
