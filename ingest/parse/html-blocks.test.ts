import { describe, expect, it } from 'vitest';
import { htmlToBlocks, parseHtmlTree } from './html-blocks.ts';

const blocksOf = (html: string) => htmlToBlocks(parseHtmlTree(html));

describe('htmlToBlocks', () => {
  it('keeps headings with their level and paragraphs in order, with entities decoded', () => {
    expect(
      blocksOf('<h2>Kop &amp; staart</h2><p>Een  <b>vette</b>\n tekst&nbsp;hier.</p><h6>Klein</h6>'),
    ).toEqual([
      { kind: 'heading', level: 2, text: 'Kop & staart' },
      { kind: 'paragraph', text: 'Een vette tekst hier.' },
      { kind: 'heading', level: 6, text: 'Klein' },
    ]);
  });

  it('turns list items, also nested ones, into separate blocks', () => {
    expect(blocksOf('<ul><li>een<ul><li>een.a</li></ul></li><li><p>twee</p></li></ul><p>daarna</p>')).toEqual(
      [
        { kind: 'list-item', text: 'een' },
        { kind: 'list-item', text: 'een.a' },
        { kind: 'list-item', text: 'twee' },
        { kind: 'paragraph', text: 'daarna' },
      ],
    );
  });

  it('writes a table as rows of cells joined by |, one block per table', () => {
    const html =
      '<table><thead><tr><th>Dag</th><th>Open</th></tr></thead><tbody><tr><td><p>Ma</p></td><td>9 - 17</td></tr>' +
      '<tr><td></td><td></td></tr><tr><td>Di</td><td><table><tr><td>binnen</td></tr></table></td></tr></tbody></table>';
    expect(blocksOf(html)).toEqual([{ kind: 'table', text: 'Dag | Open\nMa | 9 - 17\nDi | binnen' }]);
  });

  it('drops scripts, styles, navigation and other chrome, and never copies markup or URLs', () => {
    const blocks = blocksOf(
      '<nav>Menu</nav><header>Kop</header><script>alert(1)</script><style>p{}</style>' +
        '<p onclick="x()">Tekst <a href="https://evil.example">link</a><img src="x" onerror="alert(1)"></p>' +
        '<noscript>geen js</noscript><template><p>sjabloon</p></template><footer>Voet</footer>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Tekst link' }]);
  });

  it('reads <pre> as text, not as raw markup', () => {
    expect(blocksOf('<pre><code>a &lt; b\n  c</code></pre>')).toEqual([
      { kind: 'paragraph', text: 'a < b c' },
    ]);
  });

  it('closes a paragraph at a block boundary inside running text', () => {
    expect(blocksOf('<div>los<div>binnen</div>na</div>').map((block) => block.text)).toEqual([
      'los',
      'binnen',
      'na',
    ]);
  });
});
