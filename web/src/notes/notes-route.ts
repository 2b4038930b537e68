/** The knowledge-notes pages under /kennisnotities, read from the address, and the addresses that lead to them. */
import type { GapStatus, NoteStatus } from '../../../server/contract/index.ts';

export interface NoteListQuery {
  status: NoteStatus | null;
  topic: string | null;
  needsReview: boolean;
  mine: boolean;
}

export type NotesRoute =
  | { page: 'list'; query: NoteListQuery }
  /** A new note; `gapId` when it answers a knowledge gap. */
  | { page: 'new'; gapId: string | null }
  | { page: 'interview' }
  | { page: 'gaps'; answered: boolean }
  /** One note: read, review, submit, withdraw. `published`: the version in the knowledge base. */
  | { page: 'note'; noteId: string; published: boolean }
  | { page: 'edit'; noteId: string }
  | { page: 'history'; noteId: string }
  | { page: 'not-found' };

export const notesBase = '/kennisnotities';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;
const topicId = /^[a-z0-9-]{1,80}$/u;
export const noteStatuses: readonly NoteStatus[] = [
  'draft',
  'in-review',
  'changes-requested',
  'published',
  'withdrawn',
];

const yes = (value: string | null) => value === 'ja';

/** The notes page for a path under /kennisnotities, or null for any other path. */
export function parseNotesRoute(pathname: string, search: string): NotesRoute | null {
  const parts = pathname.replace(/\/+$/u, '').split('/').slice(1);
  if (parts[0] !== notesBase.slice(1)) return null;
  const parameters = new URLSearchParams(search);
  const [, item, action] = parts;
  if (parts.length > 3) return { page: 'not-found' };
  if (item === undefined) {
    const status = parameters.get('status');
    const topic = parameters.get('onderwerp');
    return {
      page: 'list',
      query: {
        status: noteStatuses.find((candidate) => candidate === status) ?? null,
        topic: topic !== null && topicId.test(topic) ? topic : null,
        needsReview: yes(parameters.get('herziening')),
        mine: yes(parameters.get('mijn')),
      },
    };
  }
  if (action === undefined) {
    if (item === 'nieuw') {
      const gap = parameters.get('lacune');
      return { page: 'new', gapId: gap !== null && uuid.test(gap) ? gap : null };
    }
    if (item === 'interview') return { page: 'interview' };
    if (item === 'lacunes') return { page: 'gaps', answered: yes(parameters.get('beantwoord')) };
    if (uuid.test(item))
      return { page: 'note', noteId: item, published: parameters.get('versie') === 'gepubliceerd' };
  }
  if (item !== undefined && uuid.test(item)) {
    if (action === 'bewerken') return { page: 'edit', noteId: item };
    if (action === 'geschiedenis') return { page: 'history', noteId: item };
  }
  return { page: 'not-found' };
}

export const notesUrls = {
  list: (query: Partial<NoteListQuery> = {}) => {
    const parameters = new URLSearchParams();
    if (query.status) parameters.set('status', query.status);
    if (query.topic) parameters.set('onderwerp', query.topic);
    if (query.needsReview) parameters.set('herziening', 'ja');
    if (query.mine) parameters.set('mijn', 'ja');
    const text = parameters.toString();
    return `${notesBase}${text ? `?${text}` : ''}`;
  },
  newNote: (gapId?: string | null) =>
    `${notesBase}/nieuw${gapId ? `?lacune=${encodeURIComponent(gapId)}` : ''}`,
  interview: `${notesBase}/interview`,
  gaps: (answered = false) => `${notesBase}/lacunes${answered ? '?beantwoord=ja' : ''}`,
  note: (id: string, published = false) =>
    `${notesBase}/${encodeURIComponent(id)}${published ? '?versie=gepubliceerd' : ''}`,
  edit: (id: string) => `${notesBase}/${encodeURIComponent(id)}/bewerken`,
  history: (id: string) => `${notesBase}/${encodeURIComponent(id)}/geschiedenis`,
};

/** Which gap statuses a gaps page lists: the open ones (answered or not yet published), or the answered ones. */
export const gapStatuses = (answered: boolean): GapStatus[] =>
  answered ? ['answered', 'dismissed'] : ['open', 'in-progress'];
