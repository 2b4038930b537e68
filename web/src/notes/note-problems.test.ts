import { describe, expect, it } from 'vitest';
import { noteProblems } from './note-problems.ts';

describe('noteProblems', () => {
  it("sorts the server's list over the fields, keeping a problem's own '; ' together", () => {
    expect(
      noteProblems(
        'Ongeldige invoer: De titel is te kort (minstens 3 tekens); De tekst bevat HTML die in een browser zou worden uitgevoerd (<script>); schrijf gewone Markdown; De herzieningsdatum is geen geldige datum (JJJJ-MM-DD); U kunt alleen groepen kiezen waar u zelf in zit (niet: bestuur); Document abc bestaat niet of u heeft er geen toegang toe; Onbekende vragen: x',
      ),
    ).toEqual([
      { field: 'title', message: 'De titel is te kort (minstens 3 tekens)' },
      {
        field: 'body',
        message:
          'De tekst bevat HTML die in een browser zou worden uitgevoerd (<script>); schrijf gewone Markdown',
      },
      { field: 'reviewDate', message: 'De herzieningsdatum is geen geldige datum (JJJJ-MM-DD)' },
      { field: 'accessGroups', message: 'U kunt alleen groepen kiezen waar u zelf in zit (niet: bestuur)' },
      { field: 'relatedDocuments', message: 'Document abc bestaat niet of u heeft er geen toegang toe' },
      { field: null, message: 'Onbekende vragen: x' },
    ]);
  });

  it('reads the problems a submit lists', () => {
    expect(
      noteProblems(
        'Nog niet compleet: De tekst ontbreekt of is te kort (minstens 20 tekens); Kies een onderwerp; Vul de auteursnaam in (zo wordt de notitie geciteerd); Kies minstens één groep die de notitie mag lezen',
      ).map((problem) => problem.field),
    ).toEqual(['body', 'topic', 'authorName', 'accessGroups']);
  });
});
