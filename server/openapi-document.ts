/**
 * The hand-written part of the API description that is not generated from route schemas yet (admin, notes, gaps).
 * `routes/openapi.ts` merges it under the generated document; it goes once those routes use `createRoute`.
 */
import { adminPaths, adminSchemas } from './admin/openapi-paths.ts';
import { notesPaths, notesSchemas } from './notes/openapi-paths.ts';

export const openApiDocument = {
  paths: {
    ...adminPaths,
    ...notesPaths,
  },
  components: {
    schemas: {
      ...adminSchemas,
      ...notesSchemas,
    },
  },
} as const;
