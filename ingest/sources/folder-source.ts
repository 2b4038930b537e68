import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceConfig, SourceFile } from '../types.ts';
import { crawlSkipReason } from './skip-rules.ts';

/** An entry a crawl reports: a file to read, or a path it left out and why. */
export type CrawlEntry =
  { kind: 'file'; file: SourceFile } | { kind: 'skipped'; relativePath: string; reason: string };

export interface CrawlOptions {
  signal?: AbortSignal;
}

/**
 * Walks a folder tree (a mounted SMB/CIFS share or a local folder) read-only.
 * Symbolic links are followed only while their target stays inside the root, so a link on a share
 * can never pull in files from elsewhere on the server.
 */
export async function* crawlFolder(
  source: SourceConfig,
  options: CrawlOptions = {},
): AsyncGenerator<CrawlEntry> {
  const root = await realpath(source.root);
  const isIncluded =
    source.include.length > 0 ? picomatch(source.include, { dot: false, nocase: true }) : () => true;
  const isExcluded =
    source.exclude.length > 0 ? picomatch(source.exclude, { dot: true, nocase: true }) : () => false;
  const visitedDirectories = new Set<string>();

  async function* walk(directory: string): AsyncGenerator<CrawlEntry> {
    const real = await realpath(directory);
    if (visitedDirectories.has(real)) return; // a link loop inside the root
    visitedDirectories.add(real);
    const handle = await opendir(directory);
    const entries: string[] = [];
    for await (const entry of handle) entries.push(entry.name);
    entries.sort((a, b) => a.localeCompare(b));
    for (const name of entries) {
      options.signal?.throwIfAborted();
      const absolutePath = path.join(directory, name);
      const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
      const skipReason = crawlSkipReason(name);
      if (skipReason) {
        yield { kind: 'skipped', relativePath, reason: skipReason };
        continue;
      }
      if (isExcluded(relativePath)) continue;
      let info = await lstat(absolutePath);
      if (info.isSymbolicLink()) {
        const target = await realpath(absolutePath).catch(() => null);
        if (!target || !isInside(root, target)) {
          yield { kind: 'skipped', relativePath, reason: 'koppeling naar een plek buiten de bron' };
          continue;
        }
        info = await stat(absolutePath);
      }
      if (info.isDirectory()) {
        yield* walk(absolutePath);
      } else if (info.isFile()) {
        if (!isIncluded(relativePath)) continue;
        yield {
          kind: 'file',
          file: { relativePath, absolutePath, sizeBytes: info.size, modifiedAt: info.mtime },
        };
      }
    }
  }

  yield* walk(root);
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
