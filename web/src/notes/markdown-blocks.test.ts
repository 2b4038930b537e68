import { describe, expect, it } from 'vitest';
import { decodeEntities, isLocalPath, markdownBlocks } from './markdown-blocks.ts';

describe('markdownBlocks', () => {
  it('reads headings (below the page and section headings), paragraphs, emphasis, lists, code and tables', () => {
    expect(
      markdownBlocks(
        '# Kop\n\nTekst met **vet**, _schuin_ en `code`.\n\n- een\n- twee\n\n3. drie\n\n```\nregel <x>\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toEqual([
      { kind: 'heading', level: 3, children: [{ kind: 'text', text: 'Kop' }] },
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'Tekst met ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'vet' }] },
          { kind: 'text', text: ', ' },
          { kind: 'em', children: [{ kind: 'text', text: 'schuin' }] },
          { kind: 'text', text: ' en ' },
          { kind: 'code', text: 'code' },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        start: null,
        items: [
          [{ kind: 'plain', children: [{ kind: 'text', text: 'een' }] }],
          [{ kind: 'plain', children: [{ kind: 'text', text: 'twee' }] }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [[{ kind: 'plain', children: [{ kind: 'text', text: 'drie' }] }]],
      },
      { kind: 'code', text: 'regel <x>' },
      {
        kind: 'table',
        header: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]],
        rows: [[[{ kind: 'text', text: '1' }], [{ kind: 'text', text: '2' }]]],
      },
    ]);
  });

  it('keeps raw HTML as the text it is, loads no image, and links only to this server', () => {
    const blocks = markdownBlocks(
      [
        '<script>alert(1)</script>',
        '',
        'Zie <b>dit</b> en ![logo](https://evil.example/x.png) en [de site](https://evil.example/) en [het document](/document/aaaaaaaaaaaaaaaaaaaaaaaa) en [kwaad](javascript:alert(1)) en [ook](//evil.example/).',
      ].join('\n'),
    );
    expect(blocks[0]).toEqual({ kind: 'code', text: '<script>alert(1)</script>' });
    const text = JSON.stringify(blocks[1]);
    expect(text).toContain('<b>');
    expect(text).toContain('[logo]');
    expect(text).not.toContain('x.png');
    expect(text).toContain('de site (https://evil.example/)');
    expect(text).toContain('kwaad (javascript:alert(1))');
    const links = JSON.stringify(blocks).match(/"kind":"link","href":"[^"]*"/g);
    expect(links).toEqual(['"kind":"link","href":"/document/aaaaaaaaaaaaaaaaaaaaaaaa"']);
  });

  it('shows character references as the characters they stand for', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#233; &#x1F600; &bogus; &#0;')).toBe(
      'a & b <c> é 😀 &bogus; &#0;',
    );
    expect(markdownBlocks('Regels &amp; uitzonderingen')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Regels & uitzonderingen' }] },
    ]);
  });

  it('tells paths on this server from other addresses', () => {
    expect(isLocalPath('/kennisnotities/x')).toBe(true);
    for (const href of [
      '//evil.example',
      '/\\evil.example',
      'https://x',
      'javascript:alert(1)',
      'mailto:a@b',
      '/a b',
    ])
      expect(isLocalPath(href)).toBe(false);
  });
});
