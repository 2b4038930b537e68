import { ALL_STAFF_GROUP } from './sources/index.ts';
import type { SourceConfig } from './types.ts';

/** The name the bundled example corpus is registered under. */
export const sampleSourceName = 'voorbeeld';

/** The bundled example corpus, registered as a source so a fresh install has something to ask about. */
export function sampleSource(sampleDir: string): SourceConfig {
  return {
    name: sampleSourceName,
    root: sampleDir,
    include: [],
    exclude: [],
    accessGroups: [ALL_STAFF_GROUP],
  };
}
