/**
 * Why retrieval found nothing to answer from, kept as data so the answer can say it in the reader's language;
 * the Dutch wording is what the search API and the logs show.
 */
export type Irrelevance =
  | { kind: 'nothing-found' }
  | { kind: 'no-search-words' }
  | { kind: 'low-coverage'; bestCoverage: number; minCoverage: number };

export type IrrelevanceLanguage = 'nl' | 'en';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

export function judgeRelevance(options: {
  found: number;
  termCount: number;
  bestCoverage: number;
  minCoverage: number;
}): Irrelevance | undefined {
  const { found, termCount, bestCoverage, minCoverage } = options;
  if (found === 0) return { kind: 'nothing-found' };
  if (termCount === 0) return { kind: 'no-search-words' };
  if (bestCoverage >= minCoverage) return undefined;
  return { kind: 'low-coverage', bestCoverage, minCoverage };
}

export function describeIrrelevance(irrelevance: Irrelevance, language: IrrelevanceLanguage = 'nl'): string {
  switch (irrelevance.kind) {
    case 'nothing-found':
      return language === 'nl'
        ? 'Er zijn geen passages gevonden die bij de vraag passen.'
        : 'No passages were found that match the question.';
    case 'no-search-words':
      return language === 'nl'
        ? 'De vraag bevat geen woorden om op te zoeken.'
        : 'The question contains no words to search for.';
    case 'low-coverage': {
      const best = percent(irrelevance.bestCoverage);
      const needed = percent(irrelevance.minCoverage);
      return language === 'nl'
        ? `De best passende passage bevat ${best} van de zoekwoorden van de vraag; minstens ${needed} is nodig.`
        : `The best matching passage contains ${best} of the question's search words; at least ${needed} is needed.`;
    }
  }
}
