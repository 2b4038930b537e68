import { errorResponses } from './common.ts';

export { orNull } from './common.ts';

/** The one tag of every admin operation. */
export const tags = ['beheer'];

/** Error responses of an admin route: every one answers 403 to anyone without the role `beheerder`. */
export const adminErrors = <const Statuses extends readonly (400 | 404 | 409 | 503)[]>(
  ...statuses: Statuses
) => errorResponses(403, ...statuses);
