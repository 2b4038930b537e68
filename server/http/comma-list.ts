// Moved to the contract, where the query schemas live; kept here for the routes not yet converted.
export { commaList } from '../contract/comma-list.ts';
