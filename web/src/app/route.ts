/**
 * The pages of the app, read from the address: the chat, a document's text at a cited place, the admin
 * console under /beheer, and the knowledge notes under /kennisnotities.
 */
import { parseAdminRoute, type AdminRoute } from '../admin/admin-route.ts';
import { parseNotesRoute, type NotesRoute } from '../notes/notes-route.ts';

export type Route =
  | { name: 'chat' }
  | {
      name: 'document';
      documentId: string;
      /** Offsets of the passage to highlight in the document text. */
      highlight: { start: number; end: number } | null;
      page: number | null;
    }
  | { name: 'admin'; admin: AdminRoute }
  | { name: 'notes'; notes: NotesRoute };

const documentPath = /^\/document\/([a-f0-9]{24})\/?$/u;

function offset(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/u.test(value)) return null;
  return Number.parseInt(value, 10);
}

export function parseRoute(pathname: string, search: string): Route {
  const admin = parseAdminRoute(pathname, search);
  if (admin) return { name: 'admin', admin };
  const notes = parseNotesRoute(pathname, search);
  if (notes) return { name: 'notes', notes };
  const match = documentPath.exec(pathname);
  if (!match?.[1]) return { name: 'chat' };
  const parameters = new URLSearchParams(search);
  const start = offset(parameters.get('van'));
  const end = offset(parameters.get('tot'));
  return {
    name: 'document',
    documentId: match[1],
    highlight: start !== null && end !== null && end > start ? { start, end } : null,
    page: offset(parameters.get('pagina')),
  };
}

export function documentViewUrl(
  documentId: string,
  highlight: { start: number; end: number } | null,
  page: number | null,
): string {
  const parameters = new URLSearchParams();
  if (highlight) {
    parameters.set('van', String(highlight.start));
    parameters.set('tot', String(highlight.end));
  }
  if (page) parameters.set('pagina', String(page));
  const query = parameters.toString();
  return `/document/${documentId}${query ? `?${query}` : ''}`;
}
