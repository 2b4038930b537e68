/**
 * Which version of a reader produced a document's text. A change to what a reader extracts from the same bytes
 * (PDF headings, a new format) bumps its number here, and the next run reads those files again, and only those:
 * a content hash alone would keep the old text forever, and a rebuild of everything would re-embed every
 * document for one reader's change.
 */

/** By file extension, as the pipeline knows it before reading; absent means version 1. */
const readerVersions: Readonly<Record<string, number>> = {
  // 2: headings from section numbers and named divisions.
  // 3: headings from font sizes, division headings inside running text, compounds kept whole across lines.
  '.pdf': 3,
};

/** `.pdf@3`: the version a file with this extension is read with now. */
export function readerVersion(extension: string): string {
  const key = extension.toLowerCase();
  return `${key || 'geen'}@${readerVersions[key] ?? 1}`;
}

/**
 * Whether a document read with `recorded` is up to date with `current`. Documents stored before versions
 * were recorded (`undefined`) were read by version 1 of their reader.
 */
export function readerIsCurrent(recorded: string | undefined, current: string): boolean {
  return (recorded ?? current.replace(/@\d+$/u, '@1')) === current;
}
