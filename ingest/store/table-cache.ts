import type * as lancedb from '@lancedb/lancedb';
import type { Schema } from 'apache-arrow';

/**
 * Open table handles by name, shared by every view on one connection. A LanceDB handle only sees writes made
 * through itself (or after a consistency check), so two views writing the same table must share one handle.
 */
export class TableCache {
  private readonly handles = new Map<string, Promise<lancedb.Table>>();

  constructor(private readonly connection: lancedb.Connection) {}

  /**
   * The cached handle, or the table opened (created with `schema` when missing). `schema` may be a function:
   * it is then only called when the table is opened, so a cached handle costs no reads.
   */
  open(name: string, schema: Schema | (() => Promise<Schema>)): Promise<lancedb.Table> {
    const cached = this.handles.get(name);
    if (cached) return cached;
    const opening = this.openOrCreate(name, schema);
    this.handles.set(name, opening);
    opening.catch(() => this.handles.delete(name));
    return opening;
  }

  /** Replaces the table with an empty one of `schema`. */
  async recreate(name: string, schema: Schema): Promise<lancedb.Table> {
    await this.forget(name);
    const creating = this.connection.createEmptyTable(name, schema, { mode: 'overwrite' });
    this.handles.set(name, creating);
    creating.catch(() => this.handles.delete(name));
    return creating;
  }

  async forget(name: string): Promise<void> {
    const cached = this.handles.get(name);
    this.handles.delete(name);
    if (cached) (await cached.catch(() => null))?.close();
  }

  async drop(name: string): Promise<void> {
    await this.forget(name);
    if ((await this.connection.tableNames()).includes(name)) await this.connection.dropTable(name);
  }

  async closeAll(): Promise<void> {
    for (const name of [...this.handles.keys()]) await this.forget(name);
  }

  private async openOrCreate(
    name: string,
    schemaOrLoader: Schema | (() => Promise<Schema>),
  ): Promise<lancedb.Table> {
    const schema = typeof schemaOrLoader === 'function' ? await schemaOrLoader() : schemaOrLoader;
    const existing = await this.connection.tableNames();
    if (!existing.includes(name)) return this.connection.createEmptyTable(name, schema, { existOk: true });
    let table: lancedb.Table;
    try {
      table = await this.connection.openTable(name);
    } catch (error) {
      if (!neverCommitted(error)) throw error;
      // A process killed while creating the table left a folder without a first version: no rows to lose.
      return this.connection.createEmptyTable(name, schema, { mode: 'overwrite' });
    }
    await addMissingColumns(table, schema);
    return table;
  }
}

const neverCommitted = (error: unknown): boolean =>
  /was not found/.test(String((error as Error)?.message)) &&
  /_versions/.test(String((error as Error)?.message));

/**
 * Tables written by an older version lack columns added since; nullable ones are added empty, so old
 * knowledge bases keep working without a migration step.
 */
async function addMissingColumns(table: lancedb.Table, schema: Schema): Promise<void> {
  const present = new Set((await table.schema()).fields.map((field) => field.name));
  const missing = schema.fields.filter((field) => field.nullable && !present.has(field.name));
  if (missing.length === 0) return;
  // SQL rather than arrow Fields: LanceDB bundles its own arrow, and Fields from ours fail its instanceof check.
  await table.addColumns(
    missing.map((field) => ({
      name: field.name,
      valueSql: `CAST(NULL AS ${sqlType(field.type.toString())})`,
    })),
  );
}

function sqlType(arrowType: string): string {
  if (arrowType === 'Utf8') return 'STRING';
  if (arrowType === 'Float64') return 'DOUBLE';
  if (arrowType === 'Int32') return 'INT';
  throw new Error(`no migration for a new column of type ${arrowType}`);
}
