import { openSqliteDatabase, type Migration, type SqliteDatabase } from '../sqlite/database.ts';

/**
 * Sessions and pending sign-ins live in their own SQLite file, so a restart keeps people signed in. Both tables
 * are keyed by the SHA-256 of a random token, never the token itself: a copied database file holds nothing that
 * works as a cookie.
 */
const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions and pending sign-ins',
    sql: `
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        pseudonym TEXT NOT NULL,
        display_name TEXT NOT NULL,
        groups_json TEXT NOT NULL,
        roles_json TEXT NOT NULL,
        -- For RP-initiated logout (end_session_endpoint's id_token_hint).
        id_token_hint TEXT,
        signed_in_ms INTEGER NOT NULL,
        last_seen_ms INTEGER NOT NULL
      );
      CREATE INDEX sessions_signed_in ON sessions (signed_in_ms);
      CREATE INDEX sessions_last_seen ON sessions (last_seen_ms);
      CREATE TABLE pending_logins (
        id_hash TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        nonce TEXT NOT NULL,
        code_verifier TEXT NOT NULL,
        return_to TEXT NOT NULL,
        created_ms INTEGER NOT NULL
      );
      CREATE INDEX pending_logins_created ON pending_logins (created_ms);
    `,
  },
];

export function openAuthDatabase(file: string): SqliteDatabase {
  return openSqliteDatabase(file, migrations, 'sessiedatabase');
}
