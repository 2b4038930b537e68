/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback for the sign-in tests: test users whose claims
 * carry `groups`, one confidential client, PKCE required, and the package's development login form, which
 * accepts any password for a known login. `signInAtProvider` walks that form with `fetch`, as a browser would.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- oidc-provider 9 ships no type declarations; the few calls used here are typed below.
import Provider from 'oidc-provider';

export interface TestUser {
  /** The login typed into the form; also the `sub`. */
  login: string;
  name: string;
  groups: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface TestOidcProvider {
  /** `http://127.0.0.1:<port>`: needs `allowInsecureRequests` in the client, which is for tests only. */
  issuer: string;
  close(): Promise<void>;
}

export const testUsers: readonly TestUser[] = [
  { login: 'anna', name: 'Anna de Vries', groups: ['vraagbaak-medewerkers', 'team-alpha'] },
  {
    login: 'bram',
    name: 'Bram Bakker',
    groups: ['vraagbaak-medewerkers', 'team-alpha', 'vraagbaak-experts'],
  },
  {
    login: 'carla',
    name: 'Carla Jansen',
    groups: ['vraagbaak-medewerkers', 'team-alpha', 'vraagbaak-experts'],
  },
  { login: 'dirk', name: 'Dirk Mulder', groups: ['vraagbaak-beheer'] },
  // In groups the application does not know: signs in at the provider, gets nothing here.
  { login: 'eva', name: 'Eva Smit', groups: ['kantine', 'fietsclub'] },
];

interface ProviderInstance {
  callback(): http.RequestListener;
}
type ProviderConstructor = new (issuer: string, configuration: object) => ProviderInstance;

export async function startOidcProvider(options: {
  client: TestClient;
  users?: readonly TestUser[];
}): Promise<TestOidcProvider> {
  const users = new Map((options.users ?? testUsers).map((user) => [user.login, user]));
  // The issuer must name the port, so listen first and hand the requests to the provider once it exists.
  let handler: http.RequestListener = (_request, response) => response.writeHead(503).end();
  const server = http.createServer((request, response) => handler(request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new (Provider as ProviderConstructor)(issuer, {
    clients: [
      {
        client_id: options.client.clientId,
        client_secret: options.client.clientSecret,
        redirect_uris: [options.client.redirectUri],
        post_logout_redirect_uris: [options.client.postLogoutRedirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_context: unknown, id: string) {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, name: user.name, groups: user.groups }),
      };
    },
    claims: { openid: ['sub'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'profile', 'groups'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['vraagbaak-test-cookie-key'] },
    // Seconds; set so the provider does not warn about its defaults on every test.
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  handler = provider.callback();

  return {
    issuer,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The few cookies of one site, as a browser keeps them (paths and expiry ignored: enough for these tests). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === '' || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function formOf(html: string): { action: string; fields: Record<string, string> } | null {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
  }
  return { action: form[1] ?? '', fields };
}

/**
 * Follows the provider's redirects from `authorizationUrl`, fills in the login form as `login` (any password)
 * and confirms the consent form, until the provider sends the browser away from itself: returns that URL (the
 * client's callback with `code` and `state`). The provider's cookies stay in `jar` (its own session).
 */
export async function signInAtProvider(
  authorizationUrl: URL,
  login: string,
  jar: CookieJar = new CookieJar(),
): Promise<URL> {
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.store(response);
    init = {};
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== authorizationUrl.origin) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const form = response.ok ? formOf(html) : null;
    if (!form)
      throw new Error(`the provider answered ${response.status} without a form: ${html.slice(0, 300)}`);
    const fields = { ...form.fields };
    if ('login' in fields) Object.assign(fields, { login, password: 'elk-wachtwoord' });
    url = new URL(form.action, url);
    init = {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('the provider kept redirecting');
}
