import { describe, expect, it } from 'vitest';
import { dutchDate, exampleLabel, metadataLines, parseSource } from './source.ts';

const source = (frontMatter: string, body = `> **${exampleLabel}.**\n\n## Kop\n\nTekst.`): string =>
  `---\n${frontMatter}\n---\n\n${body}\n`;

describe('parseSource', () => {
  it('reads the front matter and keeps the body', () => {
    const parsed = parseSource(
      'nota',
      source(
        'title: "Nota: parkeren"\noutput: docx\ndate: 2025-03-01\nstatus: concept\nafdeling: team Parkeren',
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        slug: 'nota',
        title: 'Nota: parkeren',
        output: 'docx',
        date: '2025-03-01',
        status: 'concept',
        afdeling: 'team Parkeren',
        kenmerk: undefined,
      }),
    });
    expect(parsed.ok && parsed.value.body.startsWith('> **Voorbeeldmateriaal')).toBe(true);
  });

  it.each([
    ['no front matter', 'Gewoon tekst', 'no front matter'],
    ['an unknown output', source('title: x\noutput: odt\ndate: 2025-01-01'), 'output must be one of'],
    ['a bad date', source('title: x\noutput: pdf\ndate: 1 januari'), 'date must be'],
    ['no title', source('output: pdf\ndate: 2025-01-01'), 'title is missing'],
    [
      'an unknown key',
      source('title: x\noutput: pdf\ndate: 2025-01-01\nauteur: iemand'),
      'unknown front matter key',
    ],
    [
      'no example label',
      source('title: x\noutput: pdf\ndate: 2025-01-01', '## Kop\n\nTekst.'),
      'must start with',
    ],
  ])('refuses a source with %s', (_case, text, reason) => {
    const parsed = parseSource('nota', text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });
});

describe('dutchDate and metadataLines', () => {
  it('spells dates out in Dutch', () => {
    expect(dutchDate('2025-01-14')).toBe('14 januari 2025');
    expect(dutchDate('2024-12-03')).toBe('3 december 2024');
  });

  it('lists only the fields a source has, date always', () => {
    const parsed = parseSource('nota', source('title: x\noutput: md\ndate: 2025-05-02\nkenmerk: K-1'));
    expect(parsed.ok && metadataLines(parsed.value)).toEqual([
      ['Datum', '2 mei 2025'],
      ['Kenmerk', 'K-1'],
    ]);
  });
});
