import { describe, expect, it } from 'vitest';
import { activeMarkup, checkNoteFields, cleanBody, isValidDate, submitProblems } from './fields.ts';

describe('checkNoteFields', () => {
  it('cleans what it accepts: one-line fields trimmed, bodies with normalised line ends', () => {
    const { clean, problems, tooLarge } = checkNoteFields({
      title: '  Wie   bel je\tbij storing?  ',
      body: 'Regel een\r\nRegel twee\u0007\n\n',
      accessGroups: ['handhaving', 'handhaving', ' mobiliteit '],
      reviewDate: '',
      topic: '   ',
    });
    expect(problems).toEqual([]);
    expect(tooLarge).toBeNull();
    expect(clean).toEqual({
      title: 'Wie bel je bij storing?',
      body: 'Regel een\nRegel twee',
      accessGroups: ['handhaving', 'mobiliteit'],
      reviewDate: null,
      topic: null,
    });
  });

  it('lists every problem at once', () => {
    const { problems } = checkNoteFields({
      title: 'ab',
      authorName: '<i>Jan</i>',
      reviewDate: '2026-02-30',
      accessGroups: ['met spatie'],
      relatedDocumentIds: ['../etc'],
    });
    expect(problems).toEqual([
      'De titel is te kort (minstens 3 tekens)',
      'De auteursnaam mag geen HTML bevatten; gebruik gewone tekst',
      'De herzieningsdatum is geen geldige datum (JJJJ-MM-DD)',
      'Ongeldige groepsnaam: met spatie',
      'Een gekoppeld document heeft een ongeldig id',
    ]);
  });

  it('says when a body is too large, in kilobytes', () => {
    const { tooLarge } = checkNoteFields({ body: 'é'.repeat(60_000) });
    expect(tooLarge).toMatch(/te groot: 120 kB; hoogstens 100 kB/);
    expect(checkNoteFields({ body: 'a'.repeat(100_000) }).tooLarge).toBeNull();
  });

  it('leaves out what was not sent', () => {
    expect(checkNoteFields({ body: 'Alleen tekst' }).clean).toEqual({ body: 'Alleen tekst' });
  });
});

describe('activeMarkup', () => {
  it('finds markup that would run in a browser, and nothing in plain Markdown', () => {
    expect(activeMarkup('<SCRIPT src=x></SCRIPT> <svg onload=alert(1)>')).toEqual([
      '<script>',
      '<svg>',
      'event-attributen (onclick=…)',
    ]);
    expect(activeMarkup('[x]( javascript:alert(1))')).toEqual(['javascript:- of data:-links']);
    expect(activeMarkup('<a href="data:text/html;base64,xx">')).toEqual(['javascript:- of data:-links']);
    expect(
      activeMarkup('Kosten < 5 euro, **vet**, <br>, [link](https://gemeente.groningen.nl), a<b'),
    ).toEqual([]);
    expect(activeMarkup('JavaScript: een programmeertaal')).toEqual([]);
  });
});

describe('submitProblems and dates', () => {
  it('asks for what a reviewer needs', () => {
    const note = {
      title: 'Titel',
      body: 'kort',
      topicId: null,
      authorName: ' ',
      reviewDate: '2020-01-01',
      accessGroups: [],
    };
    expect(submitProblems(note, '2026-03-02')).toHaveLength(5);
    expect(
      submitProblems(
        {
          ...note,
          body: 'Een tekst die lang genoeg is.',
          topicId: 'fiets',
          authorName: 'An',
          reviewDate: '2026-03-02',
          accessGroups: ['a'],
        },
        '2026-03-02',
      ),
    ).toEqual([]);
  });

  it('accepts real calendar dates only', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('1-1-2027')).toBe(false);
    expect(cleanBody('a\rb')).toBe('a\nb');
  });
});
