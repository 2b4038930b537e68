/**
 * The first step of a run: list every source's files and what left them. Everything is crawled before any
 * file is read, so the total makes a real ETA, and a source that could not be read removes nothing.
 */
import { crawlFolder } from './sources/index.ts';
import type { DocumentSummary, Store } from './store/index.ts';
import type { SourceConfig, SourceFile } from './types.ts';

/** A file to look at, with what the knowledge base holds for its path. */
export interface WorkItem {
  source: SourceConfig;
  file: SourceFile;
  existing: DocumentSummary | undefined;
}

export interface CrawlResult {
  work: WorkItem[];
  /** Documents whose files are gone from a source that was read completely. */
  removals: DocumentSummary[];
  /** Why a source removed nothing, for the job. */
  warnings: string[];
}

export interface CrawlOptions {
  signal?: AbortSignal;
  /** A file the skip rules leave out (temporary files, hidden folders), with the rule's reason. */
  onSkipped?: (source: SourceConfig, relativePath: string, reason: string) => void;
  /** The number of files found so far, now and then. */
  onFound?: (count: number) => void;
}

export async function crawlSources(
  store: Pick<Store, 'listDocuments'>,
  sources: readonly SourceConfig[],
  options: CrawlOptions = {},
): Promise<CrawlResult> {
  const work: WorkItem[] = [];
  const removals: DocumentSummary[] = [];
  const warnings: string[] = [];
  for (const source of sources) {
    const existing = new Map(
      (await store.listDocuments(source.name)).map((document) => [document.relativePath, document]),
    );
    const seen = new Set<string>();
    let crawlError: string | null = null;
    try {
      for await (const entry of crawlFolder(source, { signal: options.signal })) {
        if (entry.kind === 'skipped') {
          options.onSkipped?.(source, entry.relativePath, entry.reason);
          continue;
        }
        seen.add(entry.file.relativePath);
        work.push({ source, file: entry.file, existing: existing.get(entry.file.relativePath) });
        if (work.length % 50 === 0) options.onFound?.(work.length);
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      crawlError = (error as Error).message;
    }
    if (crawlError) {
      warnings.push(`Bron ${source.name} kon niet worden gelezen (${crawlError}); er is niets verwijderd.`);
      continue;
    }
    // An unmounted share looks like an empty folder; never read that as "every document was deleted".
    if (seen.size === 0 && existing.size > 0) {
      warnings.push(
        `Bron ${source.name} is leeg, maar had ${existing.size} documenten; niets verwijderd. Is de share gekoppeld?`,
      );
      continue;
    }
    removals.push(...[...existing.values()].filter((document) => !seen.has(document.relativePath)));
  }
  options.onFound?.(work.length);
  return { work, removals, warnings };
}
