/**
 * Headings in PDF text by their number, for headings set in the body's font size (`pdf-font-sizes.ts` finds
 * the larger ones). A heading is recognised by what Dutch policy documents and regulations put in front of
 * one: a section number ("4.4 Kosten van een bewonersvergunning", "2. Begrippen") or a named division
 * ("Hoofdstuk 3", "Artikel 5 Tarieven"). Only a line that stands alone as a block counts; a line of a table
 * of contents (ending in a page number) does not.
 */

/** A heading is a label, not a sentence: a longer line is body text that happens to start with a number. */
const maxWords = 12;
const maxCharacters = 90;

/** "4.4 Kosten…", "2. Begrippen", "1.2.3 Doel". Chapters run to 30 at most: a higher number, or a year, starts
 * a row of a table or an action list. */
const sectionNumbered = /^([1-9]|[12]\d|30)((?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u;

/** A named division, its number, and an optional title after it. */
const namedDivision =
  /^(hoofdstuk|deel|bijlage|afdeling|paragraaf|§|artikel)\s*(\d{1,3}[a-z]?|[IVXLC]{1,6})\b[.:]?(?:\s*[-–—]\s*|\s+)?(.*)$/iu;

/** Division levels: a chapter holds divisions, which hold articles. */
const divisionLevels: Record<string, number> = {
  hoofdstuk: 1,
  deel: 1,
  bijlage: 1,
  afdeling: 2,
  paragraaf: 2,
  '§': 2,
  artikel: 3,
};

/** "Pagina 2/3", "Page 4 of 10": a page label in the margin, not a heading. */
const pageLabel = /^(?:pagina|page|blz\.?|p\.)\s*\d/iu;

/** A table-of-contents line ("4.4 Kosten ........ 3") or a title that ends like a sentence or a clause. */
const notATitle = /(?:\.{3,}|…|\s\d{1,3}|[.,;:])$/u;

function plausibleTitle(title: string, required: boolean): boolean {
  if (title === '') return !required;
  if (notATitle.test(title)) return false;
  if (title.length > maxCharacters || title.split(/\s+/u).length > maxWords) return false;
  // Mostly letters: "3 250 450 1 200" is a row of a table, not a heading.
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 3 && letters * 2 >= title.replace(/\s/gu, '').length;
}

/** Whether an unnumbered line (one set in a larger font) reads as a heading rather than a sentence or a number. */
export function readsAsHeading(text: string): boolean {
  return !pageLabel.test(text.trim()) && plausibleTitle(text.trim(), true);
}

/** The heading level of a single line that reads as a numbered heading; null for anything else. */
export function numberedHeadingLevel(line: string): number | null {
  const text = line.trim();
  if (text.length > maxCharacters + 12) return null;
  const division = namedDivision.exec(text);
  // "hoofdstuk 5." at the start of a line is the end of a sentence ("zie … hoofdstuk 5."), not a heading.
  if (division && !/^[\p{Lu}§]/u.test(text)) return null;
  if (division) {
    const level = divisionLevels[division[1]!.toLowerCase()];
    return level !== undefined && plausibleTitle(division[3]!.trim(), false) ? level : null;
  }
  const section = sectionNumbered.exec(text);
  if (section && plausibleTitle(section[3]!.trim(), true))
    return 1 + (section[2]!.match(/\./gu)?.length ?? 0);
  return null;
}

/**
 * Whether a line is a division heading of a regulation ("Artikel 1", "AFDELING I DEFINITIES", "Hoofdstuk 3
 * Tarieven") that starts a block of its own even inside running text: regulations set these in the body's
 * size with no blank line around them. A title after the number must start with a capital, so a wrapped
 * sentence ("Artikel 5 van deze verordening is …") stays text.
 */
export function isDivisionHeading(line: string): boolean {
  const division = namedDivision.exec(line.trim());
  if (!division || numberedHeadingLevel(line) === null) return false;
  const title = division[3]!.trim();
  return title === '' || /^\p{Lu}/u.test(title);
}
