import type { SampleSource } from './source.ts';
import { metadataLines } from './source.ts';

/**
 * The source body under its title and metadata. No front matter: the output is read as a plain Markdown file,
 * and the body already opens with the example label.
 */
export function renderMarkdown(source: SampleSource): string {
  const metadata = metadataLines(source)
    .map(([label, value]) => `**${label}:** ${value}`)
    .join('  \n');
  return `# ${source.title}\n\n${metadata}\n\n${source.body}`;
}
