import { Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { mapClaimsToAccess, type GroupMapping } from './group-mapping.ts';
import type { OidcClient } from './oidc-client.ts';
import type { PendingLoginStore } from './pending-login-store.ts';
import type { SessionStore, SessionUser } from './session-store.ts';

/** Hono variables set by `sessionUser`: the signed-in user, or undefined for an anonymous request. */
export interface AuthEnv {
  Variables: { sessionUser: SessionUser | undefined };
}

export interface AuthCookieSettings {
  /** The session cookie's name; the pending sign-in's cookie is `<name>_login`. */
  name: string;
  secure: boolean;
}

/** Why a sign-in ended without a session: sent to the failure page as `?fout=<code>`, which picks the words. */
export type SignInFailureCode =
  | 'no_pending_login'
  | 'provider_refused'
  | 'code_rejected'
  | 'invalid_callback'
  | 'no_mapped_group'
  | 'group_overage';

export interface AuthRoutesOptions {
  oidc: OidcClient;
  sessions: SessionStore;
  pendingLogins: PendingLoginStore;
  mapping: GroupMapping;
  /** Keyed hash of the provider's subject for stored records (server/provenance/pseudonym.ts). */
  pseudonymize: (subject: string) => string;
  cookie: AuthCookieSettings;
  pendingLoginTtlMs: number;
  /** The web page that explains a failed sign-in (and whom to ask); gets `?fout=<code>`. */
  failurePath?: string;
  /** Told of every failed sign-in with its cause, for the log. */
  onFailure?: (code: SignInFailureCode, cause: unknown) => void;
}

const loginCookieName = (cookie: AuthCookieSettings) => `${cookie.name}_login`;

function cookieOptions(cookie: AuthCookieSettings, path: string, maxAgeSeconds?: number): CookieOptions {
  // Lax, not Strict: the provider's redirect back to the callback is a cross-site navigation and must carry it.
  const options: CookieOptions = { httpOnly: true, sameSite: 'Lax', path, secure: cookie.secure };
  if (maxAgeSeconds !== undefined) options.maxAge = maxAgeSeconds;
  return options;
}

/** A path on this site only: `//host` and `/\host` would send the user elsewhere after signing in. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

function displayName(claims: Record<string, unknown>, subject: string): string {
  for (const key of ['name', 'preferred_username', 'email']) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return subject;
}

/**
 * `/login`, `/callback` and `/logout`, to be mounted under `/api/auth`. Plain Hono handlers: they answer with
 * redirects for the browser, not with the JSON of the API contract.
 */
export function createAuthRoutes(options: AuthRoutesOptions): Hono {
  const { cookie } = options;
  const failurePath = options.failurePath ?? '/aanmelden';
  const routes = new Hono();

  const failed = (code: SignInFailureCode, cause?: unknown) => {
    options.onFailure?.(code, cause);
    return `${failurePath}?fout=${code}`;
  };

  routes.get('/login', async (c) => {
    const { url, pending } = await options.oidc.startLogin(safeReturnPath(c.req.query('terug')));
    const token = options.pendingLogins.save(pending);
    setCookie(
      c,
      loginCookieName(cookie),
      token,
      cookieOptions(cookie, '/api/auth', Math.floor(options.pendingLoginTtlMs / 1000)),
    );
    return c.redirect(url.href, 302);
  });

  routes.get('/callback', async (c) => {
    const loginToken = getCookie(c, loginCookieName(cookie));
    deleteCookie(c, loginCookieName(cookie), cookieOptions(cookie, '/api/auth'));
    // The pending login is bound to the browser that started it: without its cookie, a callback URL
    // handed to someone else (login CSRF) finds nothing.
    const pending = loginToken ? options.pendingLogins.take(loginToken) : null;
    if (!pending) return c.redirect(failed('no_pending_login'), 302);

    const signIn = await options.oidc.finishLogin(new URL(c.req.url).searchParams, pending);
    if (!signIn.ok) return c.redirect(failed(signIn.reason.code, signIn.reason.cause), 302);
    const { claims, subject, idToken } = signIn.value;

    const access = mapClaimsToAccess(claims, options.mapping);
    if (!access.ok) return c.redirect(failed(access.reason.code, access.reason), 302);

    // A new session id at every sign-in; a session the browser still had is ended, not reused.
    const previous = getCookie(c, cookie.name);
    if (previous) options.sessions.delete(previous);
    const { token } = options.sessions.create(
      {
        subject,
        pseudonym: options.pseudonymize(subject),
        displayName: displayName(claims, subject),
        accessGroups: access.value.accessGroups,
        roles: access.value.roles,
      },
      idToken ?? null,
    );
    // No max-age: the server's timeouts decide, and the cookie ends with the browser.
    setCookie(c, cookie.name, token, cookieOptions(cookie, '/'));
    return c.redirect(pending.returnTo, 302);
  });

  // POST only: a link or an image on another site must not sign people out.
  routes.post('/logout', (c) => {
    const token = getCookie(c, cookie.name);
    const ended = token ? options.sessions.delete(token) : null;
    deleteCookie(c, cookie.name, cookieOptions(cookie, '/'));
    const providerLogout = ended ? options.oidc.endSessionUrl(ended.idTokenHint) : null;
    return c.redirect(providerLogout?.href ?? '/', 303);
  });

  return routes;
}

export interface SessionUserOptions {
  sessions: SessionStore;
  cookieName: string;
  /** Writes the last-seen time at most this often per session, not on every request. */
  touchAfterMs?: number;
  now?: () => number;
}

/** Sets `sessionUser` when the request carries a live session cookie; leaves it unset otherwise. */
export function sessionUser(options: SessionUserOptions): MiddlewareHandler<AuthEnv> {
  const touchAfterMs = options.touchAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  return async (c, next) => {
    const token = getCookie(c, options.cookieName);
    const found = token ? options.sessions.read(token) : null;
    if (token && found?.ok) {
      const { idTokenHint: _hint, signedInAt: _signedIn, lastSeenAt, ...user } = found.value;
      if (now() - lastSeenAt.getTime() >= touchAfterMs) options.sessions.touch(token);
      c.set('sessionUser', user);
    }
    await next();
  };
}
