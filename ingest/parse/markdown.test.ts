import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitFrontMatter } from './markdown.ts';

describe('splitFrontMatter', () => {
  it('reads the title and removes the block', () => {
    expect(splitFrontMatter('---\ntitle: "Over afval"\ntags: [a]\n---\n# Kop\n')).toEqual({
      body: '# Kop\n',
      title: 'Over afval',
    });
  });

  it('leaves Markdown without front matter alone', () => {
    expect(splitFrontMatter('# Kop\n\n---\n\ntekst')).toEqual({ body: '# Kop\n\n---\n\ntekst' });
  });
});

describe('parseMarkdown', () => {
  it('keeps headings, lists, tables and code as blocks, with the first h1 as title', () => {
    const result = parseMarkdown(
      '# Afval\n\nTekst met **nadruk**.\n\n## Soorten\n\n- gft\n- papier\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode  blok\n```\n',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        format: 'markdown',
        title: 'Afval',
        warnings: [],
        blocks: [
          { kind: 'heading', level: 1, text: 'Afval' },
          { kind: 'paragraph', text: 'Tekst met nadruk.' },
          { kind: 'heading', level: 2, text: 'Soorten' },
          { kind: 'list-item', text: 'gft' },
          { kind: 'list-item', text: 'papier' },
          { kind: 'table', text: 'a | b\n1 | 2' },
          { kind: 'paragraph', text: 'code blok' },
        ],
      },
    });
  });

  it('prefers the front matter title', () => {
    expect(parseMarkdown('---\ntitle: Handleiding\n---\n# Kop\n\ntekst')).toMatchObject({
      value: { title: 'Handleiding' },
    });
  });

  it('skips a file without text', () => {
    expect(parseMarkdown('---\ntitle: Leeg\n---\n\n![](plaatje.png)\n')).toEqual({
      ok: false,
      reason: { status: 'skipped', reason: 'geen tekst gevonden' },
    });
  });
});
