/** Dates, places and scores as the reader sees them, in the interface language. */
import type { PassageView } from '../../../server/contract/index.ts';
import type { Messages } from './messages-nl.ts';

export function formatDate(iso: string | null | undefined, messages: Messages): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(messages.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}

export function formatDateTime(iso: string | null | undefined, messages: Messages): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(messages.locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatPages(
  pageStart: number | null,
  pageEnd: number | null,
  messages: Messages,
): string | null {
  if (pageStart === null) return null;
  if (pageEnd === null || pageEnd === pageStart) return messages.citation.page(pageStart);
  return messages.citation.pages(pageStart, pageEnd);
}

/** The page (paged formats) or the section heading path, whichever the passage has. */
export function formatPlace(
  passage: Pick<PassageView, 'pageStart' | 'pageEnd' | 'headingPath'>,
  messages: Messages,
): string | null {
  const pages = formatPages(passage.pageStart, passage.pageEnd, messages);
  if (pages) return pages;
  // The first heading is usually the document title itself; the rest names the section.
  const sections = passage.headingPath.length > 1 ? passage.headingPath.slice(1) : passage.headingPath;
  return sections.length > 0 ? sections.join(' › ') : null;
}

export function formatScore(score: number, messages: Messages): string {
  return new Intl.NumberFormat(messages.locale, {
    maximumFractionDigits: 3,
    minimumFractionDigits: 3,
  }).format(score);
}

export function formatFormat(format: string, messages: Messages): string {
  return messages.formats[format] ?? format;
}

/** Where the file lives: the source name and the path inside it. */
export function formatLocation(passage: Pick<PassageView, 'source' | 'relativePath'>): string {
  return `${passage.source}: ${passage.relativePath}`;
}
