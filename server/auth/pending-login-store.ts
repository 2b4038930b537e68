import type { SqliteDatabase } from '../sqlite/database.ts';
import { hashToken, newToken } from './tokens.ts';

/** What the callback needs to check the provider's answer: kept server-side, never in the browser. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go after signing in: a path on this site. */
  returnTo: string;
}

export interface PendingLoginStore {
  /** Keeps the checks; returns the cookie value that binds them to this browser. */
  save(login: PendingLogin): string;
  /** Takes the checks out: a pending login can be used once, and only within `ttlMs`. */
  take(token: string): PendingLogin | null;
}

interface PendingRow {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_ms: number;
}

export function createPendingLoginStore(
  database: SqliteDatabase,
  ttlMs: number,
  now: () => number = Date.now,
): PendingLoginStore {
  const insert = database.prepare(
    'INSERT INTO pending_logins (id_hash, state, nonce, code_verifier, return_to, created_ms) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = database.prepare<[string], PendingRow>('SELECT * FROM pending_logins WHERE id_hash = ?');
  const remove = database.prepare<[string]>('DELETE FROM pending_logins WHERE id_hash = ?');
  // Abandoned sign-ins (the user closed the provider's page) would otherwise stay forever.
  const removeOld = database.prepare<[number]>('DELETE FROM pending_logins WHERE created_ms <= ?');

  return {
    save(login) {
      const token = newToken();
      const at = now();
      removeOld.run(at - ttlMs);
      insert.run(hashToken(token), login.state, login.nonce, login.codeVerifier, login.returnTo, at);
      return token;
    },
    take(token) {
      const idHash = hashToken(token);
      const row = database.transaction(() => {
        const found = select.get(idHash);
        if (found) remove.run(idHash);
        return found;
      })();
      if (!row || now() - row.created_ms >= ttlMs) return null;
      return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
    },
  };
}
