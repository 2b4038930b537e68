/**
 * The hand-written part of the API description that is not generated from route schemas yet (notes, gaps).
 * `routes/openapi.ts` merges it under the generated document; it goes once those routes use `createRoute`.
 */
import { notesPaths, notesSchemas } from './notes/openapi-paths.ts';

export const openApiDocument = {
  paths: {
    ...notesPaths,
  },
  components: {
    schemas: {
      ...notesSchemas,
    },
  },
} as const;
