import { ALL_STAFF_GROUP } from './sources/index.ts';
import type { SourceConfig } from './types.ts';

/** The bundled example corpus, registered as a source so a fresh install has something to ask about. */
export function sampleSource(sampleDir: string): SourceConfig {
  return { name: 'voorbeeld', root: sampleDir, include: [], exclude: [], accessGroups: [ALL_STAFF_GROUP] };
}
