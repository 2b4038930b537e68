import { describe, expect, it } from 'vitest';
import { sourceProblems } from './source-problems.ts';

describe('sourceProblems', () => {
  it('gives every problem its field', () => {
    expect(
      sourceProblems(
        'Ongeldige bron: name: er is al een bron met de naam beleid; root: /mnt/x bestaat niet; exclude.1: ongeldig patroon [a',
      ),
    ).toEqual([
      { field: 'name', message: 'er is al een bron met de naam beleid' },
      { field: 'root', message: '/mnt/x bestaat niet' },
      { field: 'exclude', message: 'ongeldig patroon [a' },
    ]);
  });

  it('keeps a semicolon inside a path, and keeps what it cannot place', () => {
    expect(sourceProblems('Ongeldige bron: root: /mnt/a; b bestaat niet')).toEqual([
      { field: 'root', message: '/mnt/a; b bestaat niet' },
    ]);
    expect(sourceProblems('Ongeldige invoer: bron: verwacht een object')).toEqual([
      { field: null, message: 'bron: verwacht een object' },
    ]);
    expect(sourceProblems('De naam van een bron kan niet veranderen.')).toEqual([
      { field: null, message: 'De naam van een bron kan niet veranderen.' },
    ]);
  });
});
