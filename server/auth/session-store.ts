import type { Failure, Result } from '../../ingest/result.ts';
import { fail, ok } from '../../ingest/result.ts';
import type { SqliteDatabase } from '../sqlite/database.ts';
import type { Role } from './group-mapping.ts';
import { hashToken, newToken } from './tokens.ts';

export interface SessionUser {
  /** The provider's `sub`: an opaque id (Entra: pairwise per application), not a name. */
  subject: string;
  /** Keyed hash of the subject for stored records (see server/provenance/pseudonym.ts). */
  pseudonym: string;
  displayName: string;
  accessGroups: string[];
  roles: Role[];
}

export interface Session extends SessionUser {
  idTokenHint: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
}

export interface SessionTimeouts {
  /** A session unused this long is over. */
  idleMs: number;
  /**
   * A session is over this long after sign-in, used or not. Groups and roles are read at sign-in only, so this is
   * also the longest a session runs on groups the provider has since changed.
   */
  absoluteMs: number;
}

export type SessionLookupFailure = Failure<'no_session' | 'idle_timeout' | 'absolute_timeout'>;

export interface SessionStore {
  /** A new session with a new id (never one the browser brought along): returns the cookie value once. */
  create(user: SessionUser, idTokenHint: string | null): { token: string; session: Session };
  /** The live session for a cookie value; an expired one is deleted and said so. */
  read(token: string): Result<Session, SessionLookupFailure>;
  /** Marks the session used now (resets the idle timeout). */
  touch(token: string): void;
  /** Sign-out: returns the ended session, for its ID token hint. */
  delete(token: string): Session | null;
  /** Removes every expired session; returns how many. */
  deleteExpired(): number;
}

interface SessionRow {
  subject: string;
  pseudonym: string;
  display_name: string;
  groups_json: string;
  roles_json: string;
  id_token_hint: string | null;
  signed_in_ms: number;
  last_seen_ms: number;
}

function toSession(row: SessionRow): Session {
  return {
    subject: row.subject,
    pseudonym: row.pseudonym,
    displayName: row.display_name,
    accessGroups: JSON.parse(row.groups_json) as string[],
    roles: JSON.parse(row.roles_json) as Role[],
    idTokenHint: row.id_token_hint,
    signedInAt: new Date(row.signed_in_ms),
    lastSeenAt: new Date(row.last_seen_ms),
  };
}

/** Sessions in the auth database (`openAuthDatabase`); `now` is injected so tests can move time. */
export function createSessionStore(
  database: SqliteDatabase,
  timeouts: SessionTimeouts,
  now: () => number = Date.now,
): SessionStore {
  const insert = database.prepare(
    `INSERT INTO sessions (id_hash, subject, pseudonym, display_name, groups_json, roles_json, id_token_hint,
       signed_in_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = database.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?');
  const remove = database.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?');
  const updateSeen = database.prepare<[number, string]>(
    'UPDATE sessions SET last_seen_ms = ? WHERE id_hash = ?',
  );
  const removeExpired = database.prepare<[number, number]>(
    'DELETE FROM sessions WHERE last_seen_ms <= ? OR signed_in_ms <= ?',
  );

  const expiry = (session: Session, at: number): SessionLookupFailure | null => {
    if (at - session.signedInAt.getTime() >= timeouts.absoluteMs) return { code: 'absolute_timeout' };
    if (at - session.lastSeenAt.getTime() >= timeouts.idleMs) return { code: 'idle_timeout' };
    return null;
  };

  return {
    create(user, idTokenHint) {
      const token = newToken();
      const at = now();
      insert.run(
        hashToken(token),
        user.subject,
        user.pseudonym,
        user.displayName,
        JSON.stringify(user.accessGroups),
        JSON.stringify(user.roles),
        idTokenHint,
        at,
        at,
      );
      return { token, session: { ...user, idTokenHint, signedInAt: new Date(at), lastSeenAt: new Date(at) } };
    },
    read(token) {
      const idHash = hashToken(token);
      const row = select.get(idHash);
      if (!row) return fail({ code: 'no_session' });
      const session = toSession(row);
      const expired = expiry(session, now());
      if (expired) {
        remove.run(idHash);
        return fail(expired);
      }
      return ok(session);
    },
    touch(token) {
      updateSeen.run(now(), hashToken(token));
    },
    delete(token) {
      const idHash = hashToken(token);
      const row = select.get(idHash);
      if (!row) return null;
      remove.run(idHash);
      return toSession(row);
    },
    deleteExpired() {
      const at = now();
      return removeExpired.run(at - timeouts.idleMs, at - timeouts.absoluteMs).changes;
    },
  };
}
