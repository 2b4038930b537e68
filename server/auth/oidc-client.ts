import * as client from 'openid-client';
import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';
import type { AuthConfig } from './config.ts';
import type { PendingLogin } from './pending-login-store.ts';

export interface OidcClientOptions {
  /**
   * Allows an http issuer. Only for a provider on loopback in tests: over http the tokens and the client secret
   * travel in the clear. Never on by default.
   */
  allowInsecureRequests?: boolean;
}

export interface SignInResult {
  /** ID token claims, completed from the userinfo endpoint where the group claim was not in the ID token. */
  claims: Record<string, unknown>;
  subject: string;
  idToken: string | undefined;
}

export type CallbackFailure =
  /** The provider said no (the user cancelled, or is not assigned to the application): `error` is its code. */
  | Failure<'provider_refused', { error: string }>
  /** The token endpoint refused the code: used before, expired, or not issued for this verifier. */
  | Failure<'code_rejected'>
  /** The answer failed a check: state, issuer, ID token signature, nonce or audience. */
  | Failure<'invalid_callback'>;

export interface OidcClient {
  /** The provider's authorization URL and the checks to keep for the callback. */
  startLogin(returnTo: string): Promise<{ url: URL; pending: PendingLogin }>;
  /**
   * Checks the provider's answer (the callback's query) against the pending login and exchanges the code. The
   * callback URL is built from the configured redirect URL, not from the request: behind a reverse proxy the
   * request URL is the internal one, and the token request must name the registered one.
   */
  finishLogin(query: URLSearchParams, pending: PendingLogin): Promise<Result<SignInResult, CallbackFailure>>;
  /** The provider's end-session URL (RP-initiated logout), or null when it has none. */
  endSessionUrl(idTokenHint: string | null): URL | null;
}

/** Reads the provider's discovery document once; the client then needs no further configuration. */
export async function openOidcClient(
  config: AuthConfig,
  options: OidcClientOptions = {},
): Promise<OidcClient> {
  const discoveryOptions = options.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : {};
  const configuration = await client.discovery(
    new URL(config.issuerUrl),
    config.clientId,
    { client_secret: config.clientSecret, redirect_uris: [config.redirectUrl], response_types: ['code'] },
    client.ClientSecretPost(config.clientSecret),
    discoveryOptions,
  );
  const groupClaim = config.mapping.claim;

  return {
    async startLogin(returnTo) {
      const codeVerifier = client.randomPKCECodeVerifier();
      const pending: PendingLogin = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        returnTo,
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: config.redirectUrl,
        scope: config.scopes.join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },

    async finishLogin(query, pending) {
      const callbackUrl = new URL(config.redirectUrl);
      callbackUrl.search = query.toString();
      try {
        const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) return fail({ code: 'invalid_callback' });
        let claims: Record<string, unknown> = { ...idClaims };
        // Keycloak and oidc-provider put extra claims in userinfo unless told otherwise; Entra puts groups in the
        // ID token. Ask userinfo only when the group claim is missing and the provider has the endpoint.
        if (!(groupClaim in claims) && configuration.serverMetadata().userinfo_endpoint) {
          const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
          claims = { ...userInfo, ...claims };
        }
        return ok({ claims, subject: idClaims.sub, idToken: tokens.id_token });
      } catch (error) {
        return fail(classify(error));
      }
    },

    endSessionUrl(idTokenHint) {
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      const parameters: Record<string, string> = { client_id: config.clientId };
      if (idTokenHint) parameters['id_token_hint'] = idTokenHint;
      if (config.postLogoutRedirectUrl) parameters['post_logout_redirect_uri'] = config.postLogoutRedirectUrl;
      return client.buildEndSessionUrl(configuration, parameters);
    },
  };
}

function classify(error: unknown): CallbackFailure {
  if (error instanceof client.AuthorizationResponseError) {
    return { code: 'provider_refused', error: error.error, cause: error };
  }
  if (error instanceof client.ResponseBodyError) return { code: 'code_rejected', cause: error };
  return { code: 'invalid_callback', cause: error };
}
