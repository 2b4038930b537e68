import { describe, expect, it } from 'vitest';
import { sourceNameFromPath } from './resolve-sources.ts';

describe('sourceNameFromPath', () => {
  it('names a source after its folder: lower case, accents folded, ligatures taken apart', () => {
    expect(sourceNameFromPath('../shared/corpus/docs-nl')).toBe('docs-nl');
    expect(sourceNameFromPath('/data/Coördinatie ﬁnanciën')).toBe('coordinatie-financien');
    expect(sourceNameFromPath('/data/€€')).toBe('bron');
  });
});
