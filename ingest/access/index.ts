export { normalizeGroups, sharesGroup } from './groups.ts';
