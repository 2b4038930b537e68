/**
 * The notes database schema as numbered migrations. A migration is never edited once released: a change is a
 * new migration, so every database reaches the same schema by the same steps.
 */
import type { Migration } from '../sqlite/database.ts';

export type { Migration };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'notes, revisions, reviews, topics',
    sql: `
      CREATE TABLE topics (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        owner_pseudonym TEXT,
        owner_name TEXT,
        access_groups TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL
      );
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL
          CHECK (status IN ('draft', 'in-review', 'changes-requested', 'published', 'withdrawn')),
        version INTEGER NOT NULL CHECK (version >= 1),
        origin TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        topic_id TEXT REFERENCES topics(id),
        author_name TEXT NOT NULL,
        review_date TEXT,
        access_groups TEXT NOT NULL,
        related_documents TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL,
        updated_by_name TEXT,
        updated_at INTEGER NOT NULL,
        published_version INTEGER,
        published_at INTEGER,
        approved_by_name TEXT,
        withdrawn_at INTEGER,
        withdrawn_reason TEXT,
        replaced_by TEXT REFERENCES notes(id),
        index_error TEXT
      );
      CREATE INDEX notes_status ON notes(status);
      CREATE TABLE note_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT NOT NULL REFERENCES notes(id),
        version INTEGER,
        based_on_version INTEGER NOT NULL,
        action TEXT NOT NULL,
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        topic_id TEXT,
        author_name TEXT NOT NULL,
        review_date TEXT,
        access_groups TEXT NOT NULL,
        related_documents TEXT NOT NULL,
        changed_fields TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        saved_by_name TEXT,
        saved_at INTEGER NOT NULL,
        comment TEXT,
        UNIQUE (note_id, version)
      );
      CREATE TABLE note_reviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        note_id TEXT NOT NULL REFERENCES notes(id),
        version INTEGER NOT NULL,
        reviewer TEXT NOT NULL,
        reviewer_name TEXT,
        decision TEXT NOT NULL CHECK (decision IN ('comment', 'changes-requested', 'approved')),
        comment TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX note_reviews_note ON note_reviews(note_id);
    `,
  },
  {
    version: 2,
    name: 'knowledge gaps',
    sql: `
      CREATE TABLE gaps (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        terms TEXT NOT NULL,
        note_id TEXT REFERENCES notes(id),
        dismissed_at INTEGER,
        dismissed_reason TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE gap_questions (
        answer_id TEXT PRIMARY KEY,
        gap_id TEXT NOT NULL REFERENCES gaps(id),
        question TEXT NOT NULL,
        asked_at INTEGER NOT NULL,
        asker TEXT NOT NULL,
        asker_groups TEXT NOT NULL,
        dont_know INTEGER NOT NULL DEFAULT 0,
        negative_feedback INTEGER NOT NULL DEFAULT 0,
        feedback_reason TEXT
      );
      CREATE INDEX gap_questions_gap ON gap_questions(gap_id);
      CREATE TABLE sync_marks (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'seed topics',
    // Topics are kept simple: a name, an owner (set later by a beheerder) and default groups (all staff).
    sql: `
      INSERT OR IGNORE INTO topics (id, name, access_groups, created_at) VALUES
        ('algemeen', 'Algemeen', '["medewerkers"]', unixepoch() * 1000),
        ('parkeren', 'Parkeren', '["medewerkers"]', unixepoch() * 1000),
        ('verkeer', 'Verkeer en verkeersbesluiten', '["medewerkers"]', unixepoch() * 1000),
        ('fiets', 'Fiets', '["medewerkers"]', unixepoch() * 1000),
        ('laadpalen', 'Laadpalen', '["medewerkers"]', unixepoch() * 1000),
        ('vergunningen', 'Vergunningen en ontheffingen', '["medewerkers"]', unixepoch() * 1000),
        ('handhaving', 'Handhaving', '["medewerkers"]', unixepoch() * 1000);
    `,
  },
];
