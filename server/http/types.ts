import type { Logger } from 'pino';

/** Who is asking. Until sign-in lands this is the configured development user. */
export interface User {
  id: string;
  /** Pseudonymous id for stored records: the same person gets the same id, but the id reveals no name. */
  pseudonym: string;
  groups: string[];
  roles: string[];
}

export interface AppVariables {
  user: User;
  logger: Logger;
  requestId: string;
}

export interface AppEnv {
  Variables: AppVariables;
}
