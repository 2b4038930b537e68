import { describe, expect, it } from 'vitest';
import type { ChunkRecord } from '../../ingest/types.ts';
import { groupSections } from './sections.ts';

function item(
  id: string,
  title: string,
  headingPath: string[],
  source = 'bron',
): { id: string; chunk: ChunkRecord } {
  return {
    id,
    chunk: {
      id,
      documentId: `doc-${id}`,
      chunkSet: 'run',
      ordinal: 0,
      text: id,
      start: 0,
      end: id.length,
      headingPath,
      tokenCount: 1,
      source,
      relativePath: `${id}.html`,
      title,
      format: 'html',
      modifiedAt: new Date(0),
      contentHash: id,
      accessGroups: ['medewerkers'],
      searchText: '',
    },
  };
}

const ids = (items: { id: string }[]) => items.map((entry) => entry.id);

describe('groupSections', () => {
  const article10 = ['Wet — Artikel 10'];
  const ranked = [
    item('a1', 'Wet', article10),
    item('x', 'Wet', ['Wet — Artikel 11']),
    item('y', 'Andere wet', ['Artikel 10']),
    item('a2', 'Wet', article10),
    item('z', 'Wet', ['Wet — Artikel 12']),
    item('a3', 'Wet', article10),
  ];

  it('moves later parts of a section up behind its best part', () => {
    expect(ids(groupSections(ranked, 3))).toEqual(['a1', 'a2', 'a3', 'x', 'y', 'z']);
  });

  it('moves at most maxSiblings parts', () => {
    expect(ids(groupSections(ranked, 1))).toEqual(['a1', 'a2', 'x', 'y', 'z', 'a3']);
    expect(ids(groupSections(ranked, 0))).toEqual(ids(ranked));
  });

  it('never groups passages without headings, nor sections of different sources', () => {
    const flat = [item('p1', 'Rapport', []), item('q', 'Ander', []), item('p2', 'Rapport', [])];
    expect(ids(groupSections(flat, 3))).toEqual(['p1', 'q', 'p2']);
    const sources = [
      item('s1', 'Wet', article10, 'a'),
      item('t', 'Wet', ['x']),
      item('s2', 'Wet', article10, 'b'),
    ];
    expect(ids(groupSections(sources, 3))).toEqual(['s1', 't', 's2']);
  });

  it('keeps every item exactly once', () => {
    const grouped = groupSections(ranked, 2);
    expect(grouped).toHaveLength(ranked.length);
    expect(new Set(ids(grouped)).size).toBe(ranked.length);
  });
});
