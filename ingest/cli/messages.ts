/** What the ingest CLI says, in Dutch, for the failures below it; they arrive as codes. */
import { describeSourceRootFailure, describeSourcesFileFailure } from '../sources/index.ts';
import type { ResolveFailure } from './resolve-sources.ts';

export function describeResolveFailure(failure: ResolveFailure): string {
  switch (failure.code) {
    case 'no-sources':
      return 'geen bronnen ingesteld: geef een map op, bijvoorbeeld `npm run ingest -- /mnt/beleid`';
    case 'unknown-target':
      return `${failure.target} is geen bekende bron en geen bruikbare map: ${describeSourceRootFailure(failure.problem)}`;
    case 'name-taken':
      return `de naam ${failure.name} is al in gebruik voor een andere map; kies er een met --name`;
  }
}

/** The sources file is described as the admin console describes it. */
export { describeSourcesFileFailure };
