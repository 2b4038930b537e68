import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeResolveFailure } from './messages.ts';
import { resolveSources, sourceNameFromPath } from './resolve-sources.ts';

describe('resolveSources', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'resolve-sources-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('says with a code why it cannot resolve, and the CLI words it', async () => {
    const none = await resolveSources([], []);
    expect(none).toMatchObject({ ok: false, reason: { code: 'no-sources' } });
    const missing = path.join(dir, 'weg');
    const unknown = await resolveSources([missing], []);
    expect(unknown).toMatchObject({
      ok: false,
      reason: { code: 'unknown-target', target: missing, problem: { code: 'not-found', root: missing } },
    });
    if (!unknown.ok) {
      expect(describeResolveFailure(unknown.reason)).toBe(
        `${missing} is geen bekende bron en geen bruikbare map: ${missing} bestaat niet`,
      );
    }
    const taken = await resolveSources(
      [dir],
      [{ name: 'beleid', root: '/elders', include: [], exclude: [], accessGroups: ['medewerkers'] }],
      { name: 'beleid' },
    );
    expect(taken).toMatchObject({ ok: false, reason: { code: 'name-taken', name: 'beleid' } });
  });

  it('makes a new source of an unknown folder', async () => {
    const resolved = await resolveSources([dir], [], { groups: ['mobiliteit'] });
    expect(resolved.ok && resolved.value.added.map((source) => source.accessGroups)).toEqual([
      ['mobiliteit'],
    ]);
  });
});

describe('sourceNameFromPath', () => {
  it('names a source after its folder: lower case, accents folded, ligatures taken apart', () => {
    expect(sourceNameFromPath('../shared/corpus/docs-nl')).toBe('docs-nl');
    expect(sourceNameFromPath('/data/Coördinatie ﬁnanciën')).toBe('coordinatie-financien');
    expect(sourceNameFromPath('/data/€€')).toBe('bron');
  });
});
