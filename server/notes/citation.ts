/** How a note is cited, and when it is due for review. Pure, with the clock passed in. */

const timeZone = 'Europe/Amsterdam';

/** The calendar day in Groningen, `YYYY-MM-DD`: a review date passes at local midnight, not UTC. */
export function localDay(date: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** "3 maart 2025" */
export function dutchDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Due for review on and after the review date. A note without one never expires. */
export const needsReview = (reviewDate: string | null, today: string): boolean =>
  reviewDate !== null && reviewDate <= today;

/** The citation of a note in answers, distinct from a document's: "Ervaringskennis — author, date". */
export function citationLabel(authorName: string, publishedAt: Date): string {
  return `Ervaringskennis — ${authorName.trim() || 'onbekende auteur'}, ${dutchDate(publishedAt)}`;
}

/** The label with the review warning, for answer texts where no badge can be shown. */
export function answerLabel(label: string, due: boolean): string {
  return due ? `${label}; herziening nodig` : label;
}
