import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** A numbered schema step. Never edited once released: a change is a new migration. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Opens (or creates) a SQLite database for transactional records (notes, answer records): WAL so readers never
 * wait for a writer, foreign keys on, and every migration not yet applied run in one transaction each.
 * `label` names the database in errors. `:memory:` works too.
 */
export function openSqliteDatabase(
  file: string,
  migrations: readonly Migration[],
  label: string,
): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Another process (a second server, a backup) may hold the write lock for a moment.
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  try {
    migrate(database, migrations, label);
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}

/** Applies what is missing; returns the versions applied now. */
export function migrate(database: SqliteDatabase, migrations: readonly Migration[], label: string): number[] {
  database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    database
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  if (newest > known) {
    // A newer server wrote this file; running old code on it could corrupt it.
    throw new Error(
      `de ${label} heeft schemaversie ${newest}, deze server kent er maar ${known}; werk de server bij`,
    );
  }
  const record = database.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    database.transaction(() => {
      database.exec(migration.sql);
      record.run(migration.version, migration.name, Date.now());
    })();
    done.push(migration.version);
  }
  return done;
}
