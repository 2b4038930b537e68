/**
 * Sign-in against a real OpenID Connect provider on loopback: the authorization code flow with PKCE, state and
 * nonce from `server/auth`, the group mapping, server-side sessions and sign-out, through the Hono handlers.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  authConfigSchema,
  createAuthRoutes,
  createPendingLoginStore,
  createSessionStore,
  openAuthDatabase,
  openOidcClient,
  sessionUser,
  type AuthEnv,
  type OidcClient,
  type PendingLogin,
  type PendingLoginStore,
  type SessionStore,
} from '../server/auth/index.ts';
import { pseudonymize } from '../server/provenance/pseudonym.ts';
import type { SqliteDatabase } from '../server/sqlite/database.ts';
import {
  CookieJar,
  signInAtProvider,
  startOidcProvider,
  type TestOidcProvider,
} from './support/oidc-provider.ts';

const appOrigin = 'http://vraagbaak.test';
const client = {
  clientId: 'vraagbaak',
  clientSecret: 'vraagbaak-test-secret',
  redirectUri: `${appOrigin}/api/auth/callback`,
  postLogoutRedirectUri: `${appOrigin}/afgemeld`,
};
const minute = 60_000;

let provider: TestOidcProvider;
let oidc: OidcClient;
let config: ReturnType<typeof authConfigSchema.parse>;

beforeAll(async () => {
  provider = await startOidcProvider({ client });
  config = authConfigSchema.parse({
    issuerUrl: provider.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redirectUrl: client.redirectUri,
    postLogoutRedirectUrl: client.postLogoutRedirectUri,
    scopes: ['openid', 'profile', 'groups'],
    cookie: { secure: false },
    session: { idleMinutes: 30, absoluteHours: 8 },
    mapping: {
      claim: 'groups',
      rules: [
        { values: ['vraagbaak-medewerkers'], accessGroups: ['medewerkers'], roles: ['medewerker'] },
        { values: ['team-alpha'], accessGroups: ['alpha'] },
        { values: ['vraagbaak-experts'], roles: ['expert'] },
        { values: ['vraagbaak-beheer'], roles: ['beheerder'] },
      ],
    },
  });
  oidc = await openOidcClient(config, { allowInsecureRequests: true });
});
afterAll(async () => provider?.close());

let database: SqliteDatabase;
let sessions: SessionStore;
let pendingLogins: PendingLoginStore;
let saved: PendingLogin[];
let clock: number;
let failures: string[];
let app: Hono<AuthEnv>;

beforeEach(() => {
  database?.close();
  database = openAuthDatabase(':memory:');
  clock = Date.now();
  const now = () => clock;
  sessions = createSessionStore(
    database,
    { idleMs: config.session.idleMinutes * minute, absoluteMs: config.session.absoluteHours * 60 * minute },
    now,
  );
  const store = createPendingLoginStore(database, config.pendingLoginMinutes * minute, now);
  saved = [];
  // Keeps a copy of each pending login, so a test can replay a code with checks that would otherwise match.
  pendingLogins = {
    save: (login) => (saved.push(login), store.save(login)),
    take: (token) => store.take(token),
  };
  failures = [];
  app = new Hono<AuthEnv>();
  app.route(
    '/api/auth',
    createAuthRoutes({
      oidc,
      sessions,
      pendingLogins,
      mapping: config.mapping,
      pseudonymize: (subject) => pseudonymize(subject, 'test-pseudonym-key'),
      cookie: config.cookie,
      pendingLoginTtlMs: config.pendingLoginMinutes * minute,
      onFailure: (code) => failures.push(code),
    }),
  );
  app.use('/api/*', sessionUser({ sessions, cookieName: config.cookie.name, now }));
  app.get('/api/me', (c) => {
    const user = c.get('sessionUser');
    return user ? c.json(user) : c.json({ error: { code: 'unauthorized' } }, 401);
  });
});

/** A request to the app as the browser holding `jar` sends it. */
async function browse(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const response = await app.request(new URL(url, appOrigin).href, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
  });
  jar.store(response);
  return response;
}

/** Starts a sign-in at the app and goes through the provider's form: the callback URL the browser is sent to. */
async function throughProvider(jar: CookieJar, login: string, returnTo = '/vragen'): Promise<URL> {
  const start = await browse(jar, `/api/auth/login?terug=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  const authorizationUrl = new URL(start.headers.get('location') ?? '');
  expect(authorizationUrl.origin).toBe(provider.issuer);
  return signInAtProvider(authorizationUrl, login);
}

async function me(jar: CookieJar): Promise<Response> {
  return browse(jar, '/api/me');
}

describe('sign-in with a real OpenID Connect provider', () => {
  it('signs in with PKCE, state and nonce, and takes groups and roles from the mapping', async () => {
    const jar = new CookieJar();
    const start = await browse(jar, '/api/auth/login?terug=%2Fvragen');
    const authorizationUrl = new URL(start.headers.get('location') ?? '');
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('state')).toBeTruthy();
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();
    expect(start.headers.getSetCookie().join('\n')).toMatch(
      /vraagbaak_sessie_login=.*HttpOnly.*SameSite=Lax/,
    );

    const callback = await signInAtProvider(authorizationUrl, 'bram');
    expect(callback.origin + callback.pathname).toBe(client.redirectUri);
    const done = await browse(jar, callback);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/vragen');
    const cookie = done.headers.getSetCookie().find((line) => line.startsWith('vraagbaak_sessie='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    const response = await me(jar);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      subject: 'bram',
      pseudonym: pseudonymize('bram', 'test-pseudonym-key'),
      displayName: 'Bram Bakker',
      accessGroups: ['alpha', 'medewerkers'],
      roles: ['medewerker', 'expert'],
    });
    expect(failures).toEqual([]);
  });

  it('gives each sign-in a new session id and ends the one the browser had', async () => {
    const jar = new CookieJar();
    await browse(jar, await throughProvider(jar, 'anna'));
    const first = jar.get('vraagbaak_sessie');
    await browse(jar, await throughProvider(jar, 'dirk'));
    const second = jar.get('vraagbaak_sessie');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(sessions.read(first ?? '').ok).toBe(false);
    expect(await (await me(jar)).json()).toMatchObject({
      subject: 'dirk',
      accessGroups: [],
      roles: ['beheerder'],
    });
  });

  it('refuses a callback whose state does not match', async () => {
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'anna');
    callback.searchParams.set('state', 'aangepast');
    const done = await browse(jar, callback);
    expect(done.headers.get('location')).toBe('/aanmelden?fout=invalid_callback');
    expect(jar.get('vraagbaak_sessie')).toBeUndefined();
    expect((await me(jar)).status).toBe(401);
  });

  it('refuses a callback from a browser that did not start the sign-in', async () => {
    const callback = await throughProvider(new CookieJar(), 'anna');
    const other = new CookieJar();
    const done = await browse(other, callback);
    expect(done.headers.get('location')).toBe('/aanmelden?fout=no_pending_login');
    expect((await me(other)).status).toBe(401);
  });

  it('refuses a replayed code, at the app and at the provider', async () => {
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'anna');
    const loginCookie = jar.get('vraagbaak_sessie_login');
    await browse(jar, callback);
    expect((await me(jar)).status).toBe(200);

    // The same browser again: the pending sign-in was used up.
    const again = new CookieJar();
    again.store(new Response(null, { headers: { 'set-cookie': `vraagbaak_sessie_login=${loginCookie}` } }));
    expect((await browse(again, callback)).headers.get('location')).toBe('/aanmelden?fout=no_pending_login');

    // Even with checks that match (a copy of the pending sign-in), the provider will not redeem a code twice.
    const copy = new CookieJar();
    const token = pendingLogins.save(saved[0]!);
    copy.store(new Response(null, { headers: { 'set-cookie': `vraagbaak_sessie_login=${token}` } }));
    const replay = await browse(copy, callback);
    expect(replay.headers.get('location')).toBe('/aanmelden?fout=code_rejected');
    expect(copy.get('vraagbaak_sessie')).toBeUndefined();
  });

  it('gives a user with no mapped group no_mapped_group and no session', async () => {
    const jar = new CookieJar();
    const done = await browse(jar, await throughProvider(jar, 'eva'));
    expect(done.headers.get('location')).toBe('/aanmelden?fout=no_mapped_group');
    expect(jar.get('vraagbaak_sessie')).toBeUndefined();
    expect(database.prepare('SELECT COUNT(*) AS count FROM sessions').get()).toEqual({ count: 0 });
    expect(failures).toEqual(['no_mapped_group']);
  });

  it('ends the session at sign-out and sends the browser to the provider to end its session too', async () => {
    const jar = new CookieJar();
    await browse(jar, await throughProvider(jar, 'carla'));
    const token = jar.get('vraagbaak_sessie') ?? '';
    expect((await me(jar)).status).toBe(200);

    const out = await browse(jar, '/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(303);
    const endSession = new URL(out.headers.get('location') ?? '');
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(client.postLogoutRedirectUri);
    expect((await fetch(endSession)).status).toBe(200);

    expect(jar.get('vraagbaak_sessie')).toBeUndefined();
    expect(sessions.read(token)).toEqual({ ok: false, reason: { code: 'no_session' } });
    // The old cookie, kept by someone who copied it, no longer works either.
    const stolen = new CookieJar();
    stolen.store(new Response(null, { headers: { 'set-cookie': `vraagbaak_sessie=${token}` } }));
    expect((await me(stolen)).status).toBe(401);
  });

  it('refuses a session after its idle timeout and after its absolute timeout', async () => {
    const signedIn = clock;
    const idle = new CookieJar();
    await browse(idle, await throughProvider(idle, 'anna'));
    const busy = new CookieJar();
    await browse(busy, await throughProvider(busy, 'bram'));

    clock += 29 * minute;
    expect((await me(busy)).status).toBe(200);
    clock += 2 * minute;
    expect((await me(idle)).status).toBe(401);
    expect((await me(busy)).status).toBe(200);

    // Used every 25 minutes, the session never idles out, but it ends 8 hours after sign-in all the same.
    const step = 25 * minute;
    while (clock + step < signedIn + 8 * 60 * minute) {
      clock += step;
      expect((await me(busy)).status).toBe(200);
    }
    clock += step;
    expect((await me(busy)).status).toBe(401);
  });

  it('keeps the return path on this site', async () => {
    const jar = new CookieJar();
    const done = await browse(jar, await throughProvider(jar, 'anna', '//evil.example/'));
    expect(done.headers.get('location')).toBe('/');
  });
});
