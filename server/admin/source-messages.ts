/** What the admin console says, in Dutch, about a source that cannot be saved; the checks give codes. */
import {
  describeSourceRootFailure,
  type RootOverlap,
  type SourceProblem,
} from '../../ingest/sources/index.ts';

export { describeSourceRootFailure, describeSourcesFileFailure } from '../../ingest/sources/index.ts';

const overlapWords: Record<RootOverlap, string> = {
  same: 'dezelfde map als',
  inside: 'deze map ligt binnen de map van',
  contains: 'deze map bevat de map van',
};

/** One problem, prefixed with the field it is about, as the source form shows it. */
export function describeSourceProblem(problem: SourceProblem): string {
  switch (problem.code) {
    case 'invalid-field':
      return `${problem.field || 'bron'}: ${problem.message}`;
    case 'name-taken':
      return `name: er is al een bron met de naam ${problem.name}`;
    case 'root-unusable':
      return `root: ${describeSourceRootFailure(problem.problem)}`;
    case 'root-overlap':
      return `root: ${overlapWords[problem.overlap]} bron ${problem.other.name} (${problem.other.root})`;
  }
}
