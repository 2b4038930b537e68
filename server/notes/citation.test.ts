import { describe, expect, it } from 'vitest';
import { answerLabel, citationLabel, localDay, needsReview } from './citation.ts';

describe('note citations', () => {
  it('reads "Ervaringskennis — author, date" in Dutch, in Groningen time', () => {
    expect(citationLabel('Anna de Vries', new Date('2026-03-02T23:30:00Z'))).toBe(
      'Ervaringskennis — Anna de Vries, 3 maart 2026',
    );
    expect(citationLabel(' ', new Date('2026-03-02T10:00:00Z'))).toBe(
      'Ervaringskennis — onbekende auteur, 2 maart 2026',
    );
    expect(answerLabel('L', true)).toBe('L; herziening nodig');
  });

  it('is due for review on and after the review date, local time', () => {
    expect(localDay(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(needsReview('2026-04-01', '2026-03-31')).toBe(false);
    expect(needsReview('2026-04-01', '2026-04-01')).toBe(true);
    expect(needsReview(null, '2099-01-01')).toBe(false);
  });
});
