import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../sqlite/database.ts';
import { openAuthDatabase } from './auth-database.ts';
import { createPendingLoginStore } from './pending-login-store.ts';
import { createSessionStore, type SessionUser } from './session-store.ts';
import { hashToken } from './tokens.ts';

const minute = 60_000;
const user: SessionUser = {
  subject: 'sub-1',
  pseudonym: 'p-1',
  displayName: 'Anna de Vries',
  accessGroups: ['alpha', 'medewerkers'],
  roles: ['medewerker', 'expert'],
};

let database: SqliteDatabase;
let clock: number;
const now = () => clock;

beforeEach(() => {
  database = openAuthDatabase(':memory:');
  clock = Date.UTC(2026, 0, 5, 9, 0, 0);
});
afterEach(() => database.close());

describe('session store', () => {
  const timeouts = { idleMs: 30 * minute, absoluteMs: 8 * 60 * minute };

  it('creates a session with a fresh 256-bit id and reads it back', () => {
    const sessions = createSessionStore(database, timeouts, now);
    const { token, session } = sessions.create(user, 'id-token');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(sessions.create(user, null).token).not.toBe(token);
    expect(session).toMatchObject({ ...user, idTokenHint: 'id-token', signedInAt: new Date(clock) });
    expect(sessions.read(token)).toEqual({ ok: true, value: session });
  });

  it('stores only a hash of the id', () => {
    const sessions = createSessionStore(database, timeouts, now);
    const { token } = sessions.create(user, null);
    const rows = database.prepare('SELECT id_hash FROM sessions').all() as { id_hash: string }[];
    expect(rows).toEqual([{ id_hash: hashToken(token) }]);
    expect(JSON.stringify(database.prepare('SELECT * FROM sessions').all())).not.toContain(token);
    expect(sessions.read(hashToken(token))).toEqual({ ok: false, reason: { code: 'no_session' } });
  });

  it('ends an unused session after the idle timeout; touching keeps it alive', () => {
    const sessions = createSessionStore(database, timeouts, now);
    const kept = sessions.create(user, null).token;
    const idle = sessions.create(user, null).token;
    clock += 20 * minute;
    sessions.touch(kept);
    clock += 20 * minute;
    expect(sessions.read(kept).ok).toBe(true);
    expect(sessions.read(idle)).toEqual({ ok: false, reason: { code: 'idle_timeout' } });
    // Deleted on the refused read: it stays gone.
    expect(sessions.read(idle)).toEqual({ ok: false, reason: { code: 'no_session' } });
  });

  it('ends every session after the absolute timeout, used or not', () => {
    const sessions = createSessionStore(database, timeouts, now);
    const { token } = sessions.create(user, null);
    for (let step = 0; step < 17; step += 1) {
      clock += 29 * minute;
      sessions.touch(token);
    }
    expect(sessions.read(token)).toEqual({ ok: false, reason: { code: 'absolute_timeout' } });
  });

  it('deletes a session on sign-out and returns it for the ID token hint', () => {
    const sessions = createSessionStore(database, timeouts, now);
    const { token } = sessions.create(user, 'hint');
    expect(sessions.delete(token)?.idTokenHint).toBe('hint');
    expect(sessions.delete(token)).toBeNull();
    expect(sessions.read(token)).toEqual({ ok: false, reason: { code: 'no_session' } });
  });

  it('deletes expired sessions in bulk', () => {
    const sessions = createSessionStore(database, timeouts, now);
    sessions.create(user, null);
    clock += 10 * minute;
    const fresh = sessions.create(user, null).token;
    clock += 25 * minute;
    expect(sessions.deleteExpired()).toBe(1);
    expect(sessions.read(fresh).ok).toBe(true);
  });
});

describe('pending login store', () => {
  const login = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/' };

  it('gives a pending login back once', () => {
    const pending = createPendingLoginStore(database, 10 * minute, now);
    const token = pending.save(login);
    expect(pending.take(token)).toEqual(login);
    expect(pending.take(token)).toBeNull();
  });

  it('refuses a pending login older than its time to live', () => {
    const pending = createPendingLoginStore(database, 10 * minute, now);
    const token = pending.save(login);
    clock += 10 * minute;
    expect(pending.take(token)).toBeNull();
  });
});
