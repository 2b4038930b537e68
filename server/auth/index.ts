/**
 * Sign-in with OpenID Connect (issue #12), the foundation: not mounted yet. See README.md here.
 */
export { authConfigSchema, type AuthConfig } from './config.ts';
export {
  groupMappingSchema,
  groupRuleSchema,
  mapClaimsToAccess,
  roles,
  type Access,
  type AccessFailure,
  type GroupMapping,
  type Role,
} from './group-mapping.ts';
export {
  openOidcClient,
  type CallbackFailure,
  type OidcClient,
  type OidcClientOptions,
  type SignInResult,
} from './oidc-client.ts';
export { openAuthDatabase } from './auth-database.ts';
export {
  createSessionStore,
  type Session,
  type SessionLookupFailure,
  type SessionStore,
  type SessionTimeouts,
  type SessionUser,
} from './session-store.ts';
export { createPendingLoginStore, type PendingLogin, type PendingLoginStore } from './pending-login-store.ts';
export {
  createAuthRoutes,
  safeReturnPath,
  sessionUser,
  type AuthCookieSettings,
  type AuthEnv,
  type AuthRoutesOptions,
  type SessionUserOptions,
  type SignInFailureCode,
} from './handlers.ts';
