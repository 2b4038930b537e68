/**
 * Public entry of the knowledge-notes and knowledge-gaps contract (`/api/notes`, `/api/gaps`): the wire types
 * and the routes' types for the typed web client. Types only, so the web app imports no server code.
 */
export type * from './gaps.ts';
export type * from './note-requests.ts';
export type * from './note-views.ts';
export type { GapsRoutes } from '../routes/gaps.ts';
export type { NotesRoutes } from '../routes/notes.ts';
