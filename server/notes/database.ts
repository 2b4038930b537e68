import { migrate as migrateDatabase, openSqliteDatabase, type SqliteDatabase } from '../sqlite/database.ts';
import { migrations as allMigrations, type Migration } from './migrations.ts';

export type NotesDatabase = SqliteDatabase;

export interface OpenNotesDatabaseOptions {
  /** Defaults to the schema in `migrations.ts`; tests pass their own to prove upgrades. */
  migrations?: readonly Migration[];
}

export function openNotesDatabase(file: string, options: OpenNotesDatabaseOptions = {}): NotesDatabase {
  return openSqliteDatabase(file, options.migrations ?? allMigrations, 'notitiedatabase');
}

/** Applies what is missing; returns the versions applied now. */
export function migrate(database: NotesDatabase, migrations: readonly Migration[]): number[] {
  return migrateDatabase(database, migrations, 'notitiedatabase');
}
