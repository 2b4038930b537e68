import { normalizeGroups } from '../access/index.ts';
import type { ChunkFilter } from './store.ts';

/**
 * Values put into a LanceDB filter string (DataFusion SQL) are always escaped here, never spliced in raw:
 * a file name like `x' OR '1'='1.pdf` must stay a string literal.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function sqlStringList(values: readonly string[]): string {
  if (values.length === 0) throw new Error('an IN list needs at least one value');
  return `(${values.map(sqlString).join(', ')})`;
}

/** A list value (`make_array('a', 'b')`), empty lists included, for a list column in an update. */
export function sqlStringArray(values: readonly string[]): string {
  return `make_array(${values.map(sqlString).join(', ')})`;
}

/** Column names are ours, but checked anyway so a caller cannot pass an expression. */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  return name;
}

export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** The clause that no row matches: what a reader without groups gets, so a caller may skip the query. */
export const matchesNothing = 'false';

/**
 * The access clause, the SQL side of `sharesGroup` (ingest/access) for a table with an `access_groups` list:
 * the reader's groups normalised the same way, and with none of them nothing matches rather than everything.
 * The stored lists are normalised when written (rows.ts), so both sides compare the same names.
 */
export function accessGroupsSql(userGroups: readonly string[]): string {
  const groups = normalizeGroups(userGroups);
  if (groups.length === 0) return matchesNothing;
  return `array_has_any(access_groups, [${groups.map(sqlString).join(', ')}])`;
}

/** The WHERE clause for every read of chunks. Access is not optional. */
export function chunkFilterSql(filter: ChunkFilter): string {
  const access = accessGroupsSql(filter.accessGroups);
  if (access === matchesNothing) return access;
  const clauses = [access];
  if (filter.sources && filter.sources.length > 0) clauses.push(`source IN ${sqlStringList(filter.sources)}`);
  if (filter.formats && filter.formats.length > 0) clauses.push(`format IN ${sqlStringList(filter.formats)}`);
  if (filter.documentIds && filter.documentIds.length > 0)
    clauses.push(`document_id IN ${sqlStringList(filter.documentIds)}`);
  if (filter.modifiedFrom) clauses.push(`modified_ms >= ${sqlNumber(filter.modifiedFrom.getTime())}`);
  if (filter.modifiedTo) clauses.push(`modified_ms <= ${sqlNumber(filter.modifiedTo.getTime())}`);
  return clauses.join(' AND ');
}
