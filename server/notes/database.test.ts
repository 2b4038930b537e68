import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openNotesDatabase } from './database.ts';
import { migrations } from './migrations.ts';

describe('notes database', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-notes-db-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the schema once, in WAL mode with foreign keys, and seeds topics', () => {
    const file = path.join(dir, 'sub', 'notes.sqlite');
    const database = openNotesDatabase(file);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = database.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(migrations.map((migration) => migration.version));
    expect(database.prepare('SELECT count(*) FROM topics').pluck().get()).toBeGreaterThan(3);
    expect(() =>
      database
        .prepare(
          "INSERT INTO note_reviews (note_id, version, reviewer, decision, created_at) VALUES ('x', 1, 'r', 'comment', 0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    database.close();
    const again = openNotesDatabase(file);
    expect(migrate(again, migrations)).toEqual([]);
    again.close();
  });

  it('applies only new migrations, and refuses a database from a newer server', () => {
    const database = openNotesDatabase(':memory:', { migrations: migrations.slice(0, 1) });
    expect(migrate(database, migrations)).toEqual([2, 3]);
    expect(() => migrate(database, migrations.slice(0, 2))).toThrow(/schemaversie 3/);
    database.close();
  });

  it('rolls a failing migration back whole', () => {
    const database = openNotesDatabase(':memory:', { migrations: [] });
    const broken = [
      { version: 1, name: 'kapot', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO bestaat_niet VALUES (1);' },
    ];
    expect(() => migrate(database, broken)).toThrow();
    expect(database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
    database.close();
  });
});
