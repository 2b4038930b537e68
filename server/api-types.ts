/**
 * The contract's types re-exported for server code that still imports them from here. New code imports from
 * `server/contract/index.ts`.
 */
export type * from './contract/index.ts';
export type * from './contract/admin-index.ts';
/** Knowledge notes (`/api/notes`) and knowledge gaps (`/api/gaps`). */
export type * from './notes/api-types.ts';
