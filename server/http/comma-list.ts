// Moved to the contract (query schemas live there); kept here so existing imports keep working.
export { commaList } from '../contract/filters.ts';
