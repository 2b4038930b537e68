import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../ingest/parse/parse-bytes.ts';
import type { ParsedDocument } from '../ingest/types.ts';
import { buildFixtures, fixtureFiles, fixturePath, type FixtureName } from './fixtures/build-fixtures.ts';

const parseFixture = async (name: FixtureName) =>
  parseBytes(await readFile(fixturePath(name)), fixtureFiles[name]);

async function parsedFixture(name: FixtureName): Promise<ParsedDocument> {
  const result = await parseFixture(name);
  if (!result.ok) throw new Error(`${name}: ${result.reason.status} ${result.reason.reason}`);
  return result.value;
}

/** Nothing that a browser could execute or fetch may survive into the text. */
const activeContent = /<|>|onerror|onclick|javascript:|evil\.example|alert\(|fetch\(/i;

describe('Markdown, HTML and text parsers on generated files', () => {
  beforeAll(() => buildFixtures());

  it('Markdown: front matter title, heading levels, list items and the table', async () => {
    const document = await parsedFixture('manualMarkdown');
    expect(document.title).toBe('Handleiding afvalinzameling');
    const headings = document.blocks
      .filter((block) => block.kind === 'heading')
      .map((b) => [b.level, b.text]);
    expect(headings).toEqual([
      [1, 'Afval scheiden'],
      [2, 'Containers'],
      [3, 'Legen'],
      [2, 'Grofvuil'],
    ]);
    expect(document.blocks.filter((block) => block.kind === 'list-item')).toHaveLength(3);
    expect(document.blocks.find((block) => block.kind === 'table')?.text).toBe(
      'Container | Frequentie | Dag\nGroen | elke twee weken | maandag\nBlauw | elke vier weken | woensdag',
    );
    expect(document.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'GROF-2025' });
    expect(document.blocks.some((block) => block.text.includes('owner:'))).toBe(false);
  });

  it('HTML: title, headings and table, without navigation, header, footer or styles', async () => {
    const document = await parsedFixture('openingHoursHtml');
    expect(document.title).toBe('Openingstijden Stadsbeheer');
    expect(document.blocks.filter((block) => block.kind === 'heading').map((b) => [b.level, b.text])).toEqual(
      [
        [1, 'Openingstijden Stadsbeheer'],
        [2, 'Tijden'],
        [2, 'Meenemen'],
      ],
    );
    expect(document.blocks.find((block) => block.kind === 'table')?.text).toBe(
      'Dag | Open\nMaandag t/m vrijdag | 8.00 – 17.00 uur\nZaterdag | 9.00 – 16.00 uur',
    );
    const allText = document.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['zoekbalk', 'Contactmenu', 'privacyverklaring', 'font-family']) {
      expect(allText).not.toContain(chrome);
    }
  });

  it('HTML and Markdown with scripts, event handlers and remote images come out as inert text', async () => {
    for (const name of ['hostileHtml', 'hostileMarkdown'] as const) {
      const document = await parsedFixture(name);
      const allText = [document.title ?? '', ...document.blocks.map((block) => block.text)].join('\n');
      expect(allText, name).not.toMatch(activeContent);
      expect(allText, name).toMatch(/status van uw melding/);
    }
  });

  it('plain text: paragraphs on blank lines', async () => {
    const document = await parsedFixture('plainText');
    expect(document.blocks.map((block) => block.text)).toEqual([
      'Notitie overleg wijkwethouder',
      'De bewoners van de Oosterpoort vragen om meer fietsenrekken bij de supermarkt. De wethouder zegt toe dit in het najaar te bekijken.',
      'Volgende overleg: 12 maart.',
    ]);
  });

  it('plain text in Windows-1252 is read with a warning', async () => {
    const document = await parsedFixture('windows1252Text');
    expect(document.blocks[0]?.text).toBe('Café één € 5 euro voor de koffie.');
    expect(document.warnings).toEqual(['tekencodering is geen UTF-8; gelezen als Windows-1252']);
  });

  it('a binary file named .txt fails as not a text file', async () => {
    expect(await parseFixture('binaryText')).toEqual({
      ok: false,
      reason: { status: 'failed', reason: 'geen tekstbestand (beschadigd of hernoemd)' },
    });
  });
});
