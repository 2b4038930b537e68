/**
 * Headings in PDF text. pdf-parse gives lines without font sizes, so a heading is recognised by what Dutch
 * policy documents and regulations put in front of one: a section number ("4.4 Kosten van een
 * bewonersvergunning", "2. Begrippen") or a named division ("Hoofdstuk 3", "Artikel 5 Tarieven"). Only a line
 * that stands alone as a block counts; a line of a table of contents (ending in a page number) does not.
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

/** The heading level of a single line that reads as a numbered heading; null for anything else. */
export function numberedHeadingLevel(line: string): number | null {
  const text = line.trim();
  if (text.length > maxCharacters + 12) return null;
  const division = namedDivision.exec(text);
  if (division) {
    const level = divisionLevels[division[1]!.toLowerCase()];
    return level !== undefined && plausibleTitle(division[3]!.trim(), false) ? level : null;
  }
  const section = sectionNumbered.exec(text);
  if (section && plausibleTitle(section[3]!.trim(), true))
    return 1 + (section[2]!.match(/\./gu)?.length ?? 0);
  return null;
}
