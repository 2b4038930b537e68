import { z } from 'zod';
import { groupMappingSchema } from './group-mapping.ts';

/**
 * Sign-in settings, parsed once by the entry point (from the environment and the mapping file); nothing in
 * server/auth reads `process.env`. Works with any OpenID Connect provider that publishes discovery metadata:
 * Microsoft Entra ID (`https://login.microsoftonline.com/<tenant>/v2.0`), Keycloak (`https://host/realms/<realm>`),
 * ADFS (`https://host/adfs`).
 */
export const authConfigSchema = z.object({
  issuerUrl: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** This server's `/api/auth/callback` as the browser reaches it; registered at the provider. */
  redirectUrl: z.url(),
  /** Where the provider sends the browser after its own sign-out; registered at the provider too. */
  postLogoutRedirectUrl: z.url().optional(),
  scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
  mapping: groupMappingSchema,
  cookie: z
    .object({
      name: z.string().min(1).default('vraagbaak_sessie'),
      /** `Secure` on the cookies: on whenever the browser reaches the server over https (also via a proxy). */
      secure: z.boolean().default(true),
    })
    .prefault({}),
  session: z
    .object({
      idleMinutes: z.number().int().positive().default(60),
      /** Also the longest a session runs on groups that the provider has since changed. */
      absoluteHours: z.number().positive().default(10),
    })
    .prefault({}),
  /** How long the provider's sign-in page may take before the pending sign-in is forgotten. */
  pendingLoginMinutes: z.number().int().positive().default(10),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;
