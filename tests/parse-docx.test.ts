import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBytes } from '../ingest/parse/parse-bytes.ts';
import { parseDocx } from '../ingest/parse/docx.ts';
import {
  buildFixtures,
  fixtureFiles,
  fixturePath,
  reportTableRows,
  type FixtureName,
} from './fixtures/build-fixtures.ts';

const bytesOf = (name: FixtureName) => readFile(fixturePath(name));

describe('DOCX parser on generated Word files', () => {
  beforeAll(() => buildFixtures());

  it('keeps the heading structure, with the Title style as title', async () => {
    const result = await parseDocx(await bytesOf('reportDocx'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ format: 'docx', title: 'Rapport parkeerbeleid 2025', warnings: [] });
    const headings = result.value.blocks
      .filter((block) => block.kind === 'heading')
      .map((b) => [b.level, b.text]);
    expect(headings).toEqual([
      [1, 'Rapport parkeerbeleid 2025'],
      [1, 'Samenvatting'],
      [2, 'Achtergrond'],
      [1, 'Maatregelen'],
      [2, 'Tarieven'],
      [3, 'Uitzonderingen'],
    ]);
  });

  it('turns bullets into list items and the table into one table block', async () => {
    const result = await parseDocx(await bytesOf('reportDocx'));
    if (!result.ok) throw new Error(result.reason.reason);
    const items = result.value.blocks
      .filter((block) => block.kind === 'list-item')
      .map((block) => block.text);
    expect(items).toEqual([
      'Eén tarief voor de hele schil',
      'Digitale vergunning via Mijn Groningen',
      'Gratis parkeren op zondag',
    ]);
    const tables = result.value.blocks.filter((block) => block.kind === 'table');
    expect(tables.map((block) => block.text)).toEqual([
      reportTableRows.map((row) => row.join(' | ')).join('\n'),
    ]);
    expect(result.value.blocks.find((block) => block.text.startsWith('Mantelzorgers'))?.kind).toBe(
      'paragraph',
    );
  });

  it('fails a truncated Word file with a reason', async () => {
    expect(await parseDocx(await bytesOf('truncatedDocx'))).toMatchObject({
      ok: false,
      reason: { status: 'failed', reason: expect.stringMatching(/^beschadigd Word-bestand: .{3,}/) },
    });
  });

  it('skips an empty .docx, old .doc and .odt with a reason', async () => {
    const outcome = async (name: FixtureName) => parseBytes(await bytesOf(name), fixtureFiles[name]);
    expect(await outcome('emptyDocx')).toEqual({
      ok: false,
      reason: { status: 'skipped', reason: 'leeg bestand' },
    });
    expect(await outcome('oldWordDoc')).toEqual({
      ok: false,
      reason: {
        status: 'skipped',
        reason: 'Word 97-2003 (.doc) wordt niet ondersteund; sla het op als .docx',
      },
    });
    expect(await outcome('openDocument')).toMatchObject({ ok: false, reason: { status: 'skipped' } });
  });
});
