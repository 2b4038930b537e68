import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../ingest/result.ts';
import type { SqliteDatabase } from '../sqlite/database.ts';
import { openAuthDatabase } from './auth-database.ts';
import { authConfigSchema } from './config.ts';
import { createAuthRoutes, safeReturnPath, sessionUser, type AuthEnv } from './handlers.ts';
import type { OidcClient, SignInResult } from './oidc-client.ts';
import { createPendingLoginStore } from './pending-login-store.ts';
import { createSessionStore, type SessionStore } from './session-store.ts';

const minute = 60_000;
const mapping = authConfigSchema.shape.mapping.parse({
  rules: [{ values: ['staf'], accessGroups: ['medewerkers'], roles: ['medewerker'] }],
});

/** A provider stand-in: the real flow is in tests/oidc-sign-in.test.ts; here only the handlers' own choices. */
function fakeOidc(
  answer: () => ReturnType<OidcClient['finishLogin']>,
  endSession: URL | null = null,
): OidcClient {
  return {
    async startLogin(returnTo) {
      return {
        url: new URL('https://idp.example/authorize?state=s'),
        pending: { state: 's', nonce: 'n', codeVerifier: 'v', returnTo },
      };
    },
    finishLogin: answer,
    endSessionUrl: () => endSession,
  };
}

const signedIn = (claims: Record<string, unknown>): SignInResult => ({
  claims,
  subject: 'u1',
  idToken: 'id',
});

let database: SqliteDatabase;
let sessions: SessionStore;
let clock: number;

beforeEach(() => {
  database = openAuthDatabase(':memory:');
  clock = Date.UTC(2026, 0, 5, 9);
  sessions = createSessionStore(database, { idleMs: 30 * minute, absoluteMs: 600 * minute }, () => clock);
});
afterEach(() => database.close());

function appWith(oidc: OidcClient, secure: boolean) {
  const app = new Hono<AuthEnv>();
  app.route(
    '/api/auth',
    createAuthRoutes({
      oidc,
      sessions,
      pendingLogins: createPendingLoginStore(database, 10 * minute, () => clock),
      mapping,
      pseudonymize: (subject) => `p-${subject}`,
      cookie: { name: 'sessie', secure },
      pendingLoginTtlMs: 10 * minute,
    }),
  );
  app.use('*', sessionUser({ sessions, cookieName: 'sessie', now: () => clock }));
  app.get('/wie', (c) => c.json(c.get('sessionUser') ?? null));
  return app;
}

async function signIn(app: Hono<AuthEnv>) {
  const start = await app.request('/api/auth/login');
  const login = /sessie_login=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
  return app.request('/api/auth/callback?code=c&state=s', { headers: { cookie: `sessie_login=${login}` } });
}

describe('auth handlers', () => {
  it('marks both cookies Secure when configured', async () => {
    const app = appWith(
      fakeOidc(async () => ok(signedIn({ groups: ['staf'], name: 'Anna' }))),
      true,
    );
    const start = await app.request('/api/auth/login');
    expect(start.headers.get('set-cookie')).toMatch(
      /sessie_login=.*Path=\/api\/auth.*HttpOnly; Secure; SameSite=Lax/,
    );
    const done = await signIn(app);
    const sessionCookie = done.headers.getSetCookie().find((line) => line.startsWith('sessie='));
    expect(sessionCookie).toMatch(/Path=\/; HttpOnly; Secure; SameSite=Lax/);
  });

  it('sends a refusal by the provider to the failure page with its code', async () => {
    const app = appWith(
      fakeOidc(async () => fail({ code: 'provider_refused', error: 'access_denied' })),
      false,
    );
    const done = await signIn(app);
    expect(done.headers.get('location')).toBe('/aanmelden?fout=provider_refused');
    expect(done.headers.getSetCookie().some((line) => /^sessie=[^;]/.test(line))).toBe(false);
  });

  it('signs out without a session to the home page when the provider has no end-session endpoint', async () => {
    const app = appWith(
      fakeOidc(async () => ok(signedIn({ groups: ['staf'] }))),
      false,
    );
    const out = await app.request('/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/');
    expect((await app.request('/api/auth/logout')).status).toBe(404);
  });

  it('leaves sessionUser unset without a live session, and touches a session at most once a minute', async () => {
    const app = appWith(
      fakeOidc(async () => ok(signedIn({ groups: ['staf'], preferred_username: 'anna@gemeente.nl' }))),
      false,
    );
    expect(await (await app.request('/wie')).json()).toBeNull();
    expect(await (await app.request('/wie', { headers: { cookie: 'sessie=onbekend' } })).json()).toBeNull();

    const done = await signIn(app);
    const token = /sessie=([^;]+)/.exec(
      done.headers.getSetCookie().find((l) => l.startsWith('sessie=')) ?? '',
    )?.[1];
    const cookie = { headers: { cookie: `sessie=${token}` } };
    expect(await (await app.request('/wie', cookie)).json()).toEqual({
      subject: 'u1',
      pseudonym: 'p-u1',
      displayName: 'anna@gemeente.nl',
      accessGroups: ['medewerkers'],
      roles: ['medewerker'],
    });
    const seen = () => sessions.read(token ?? '');
    clock += 30 * 1000;
    await app.request('/wie', cookie);
    expect(seen()).toMatchObject({ value: { lastSeenAt: new Date(clock - 30 * 1000) } });
    clock += 60 * 1000;
    await app.request('/wie', cookie);
    expect(seen()).toMatchObject({ value: { lastSeenAt: new Date(clock) } });
  });
});

describe('safeReturnPath', () => {
  it('keeps paths on this site and sends everything else home', () => {
    expect(safeReturnPath('/notities?id=3')).toBe('/notities?id=3');
    for (const value of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'vragen',
    ]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });
});

describe('authConfigSchema', () => {
  it('fills in safe defaults: Secure cookies, timeouts, the groups claim', () => {
    const config = authConfigSchema.parse({
      issuerUrl: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'id',
      clientSecret: 'secret',
      redirectUrl: 'https://vraagbaak.example/api/auth/callback',
      mapping: { rules: [{ values: ['x'], roles: ['medewerker'] }] },
    });
    expect(config.cookie).toEqual({ name: 'vraagbaak_sessie', secure: true });
    expect(config.mapping.claim).toBe('groups');
    expect(config.scopes).toEqual(['openid', 'profile', 'email']);
    expect(config.session).toEqual({ idleMinutes: 60, absoluteHours: 10 });
  });
});
