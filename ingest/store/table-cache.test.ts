import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { Field, Float64, Schema, Utf8 } from 'apache-arrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TableCache } from './table-cache.ts';

const schema = new Schema([
  new Field('id', new Utf8(), false),
  new Field('size', new Float64(), false),
  new Field('note', new Utf8(), true),
]);

describe('TableCache', () => {
  let dir: string;
  let connection: lancedb.Connection;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-table-cache-'));
    connection = await lancedb.connect(dir);
  });

  afterEach(async () => {
    connection.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds nullable columns an older table lacks, keeping its rows', async () => {
    const old = await connection.createEmptyTable('jobs', new Schema(schema.fields.slice(0, 2)));
    await old.add([{ id: 'a', size: 1 }]);
    old.close();
    const table = await new TableCache(connection).open('jobs', schema);
    expect((await table.schema()).fields.map((field) => field.name)).toEqual(['id', 'size', 'note']);
    await table.add([{ id: 'b', size: 2, note: 'nieuw' }]);
    const rows = (await table.query().toArray()).map((row) => [row.id, row.note]);
    expect(rows.sort()).toEqual([
      ['a', null],
      ['b', 'nieuw'],
    ]);
  });

  it('recovers a table whose creation was killed before its first version', async () => {
    await mkdir(path.join(dir, 'job_files.lance', 'data'), { recursive: true });
    expect(await connection.tableNames()).toContain('job_files');
    const table = await new TableCache(connection).open('job_files', schema);
    await table.add([{ id: 'a', size: 1, note: null }]);
    expect(await table.countRows()).toBe(1);
  });

  it('shares one handle per table, so every view sees every write', async () => {
    const cache = new TableCache(connection);
    const [first, second] = await Promise.all([cache.open('meta', schema), cache.open('meta', schema)]);
    expect(first).toBe(second);
  });

  it('asks a schema loader only when it opens the table, not for a cached handle', async () => {
    const cache = new TableCache(connection);
    let loads = 0;
    const loader = async () => {
      loads += 1;
      return schema;
    };
    const first = await cache.open('chunks', loader);
    expect(await cache.open('chunks', loader)).toBe(first);
    expect(loads).toBe(1);
    expect((await first.schema()).fields.map((field) => field.name)).toEqual(['id', 'size', 'note']);
  });
});
