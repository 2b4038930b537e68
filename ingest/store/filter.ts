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

/** Column names are ours, but checked anyway so a caller cannot pass an expression. */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  return name;
}

export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

export interface ChunkFilterInput {
  accessGroups: string[];
  sources?: string[];
  formats?: string[];
  modifiedFrom?: Date;
  modifiedTo?: Date;
  documentIds?: string[];
}

/**
 * The WHERE clause for every read of chunks. Access is not optional: with no groups nothing matches,
 * rather than everything.
 */
export function chunkFilterSql(filter: ChunkFilterInput): string {
  const groups = filter.accessGroups.filter((group) => group.length > 0);
  if (groups.length === 0) return 'false';
  const clauses = [`array_has_any(access_groups, [${groups.map(sqlString).join(', ')}])`];
  if (filter.sources && filter.sources.length > 0) clauses.push(`source IN ${sqlStringList(filter.sources)}`);
  if (filter.formats && filter.formats.length > 0) clauses.push(`format IN ${sqlStringList(filter.formats)}`);
  if (filter.documentIds && filter.documentIds.length > 0)
    clauses.push(`document_id IN ${sqlStringList(filter.documentIds)}`);
  if (filter.modifiedFrom) clauses.push(`modified_ms >= ${sqlNumber(filter.modifiedFrom.getTime())}`);
  if (filter.modifiedTo) clauses.push(`modified_ms <= ${sqlNumber(filter.modifiedTo.getTime())}`);
  return clauses.join(' AND ');
}
