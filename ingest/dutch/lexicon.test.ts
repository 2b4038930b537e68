import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCoreWord, loadLexicon, parseWordList, partTrust } from './lexicon.ts';

describe('parseWordList', () => {
  it('reads words, skips comments, names and non-words, and folds accents', () => {
    const list = parseWordList(
      '# header\nfiets\n\nCoördinatie\ncoördinatie\nAPV\ne-mail\nauto/Ze\r\n!wethouder\n',
    );
    expect(list.words).toEqual(['fiets', 'coordinatie', 'auto']);
    expect(list.keepWhole).toEqual(['wethouder']);
  });
});

describe('loadLexicon', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'vraagbaak-lexicon-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('loads the committed lists without any system list', () => {
    const { lexicon, info } = loadLexicon({ wordListPaths: [] });
    expect(info.coreWords).toBeGreaterThan(3000);
    expect(info.size).toBe(info.coreWords);
    expect(info.loaded.map((list) => path.basename(list.path))).toEqual([
      'seed-lexicon.txt',
      'domain-lexicon.txt',
    ]);
    expect(lexicon.core.has('vergunning')).toBe(true);
    expect(lexicon.keepWhole.has('wethouder')).toBe(true);
  });

  it('merges extra word lists into the second tier and reports missing ones', () => {
    const file = path.join(directory, 'words.txt');
    writeFileSync(file, 'zonnepaneel\nfiets\n');
    const missing = path.join(directory, 'missing.txt');
    const { lexicon, info } = loadLexicon({ wordListPaths: [file, missing] });
    expect(lexicon.extended.has('zonnepaneel')).toBe(true);
    expect(info.loaded.at(-1)).toEqual({ path: file, words: 2 });
    expect(info.skipped).toEqual([{ path: missing, reason: 'not found' }]);
    expect(info.size).toBe(info.coreWords + 1);
  });
});

describe('partTrust', () => {
  const { lexicon } = loadLexicon({ wordListPaths: [] });

  it('knows committed words, verb stems and inflected last parts', () => {
    expect(partTrust(lexicon, 'vergunning', false)).toBe(0);
    expect(partTrust(lexicon, 'parkeer', false)).toBe(0);
    expect(partTrust(lexicon, 'ontheffingen', true)).toBe(0);
    expect(partTrust(lexicon, 'ontheffingen', false)).toBeUndefined();
    expect(partTrust(lexicon, 'qwerty', true)).toBeUndefined();
  });

  it('treats inflections of committed words as units', () => {
    expect(isCoreWord(lexicon, 'vergunningen')).toBe(true);
    expect(isCoreWord(lexicon, 'parkeervergunning')).toBe(false);
  });
});
