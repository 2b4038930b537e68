import path from 'node:path';
import { foldAccents } from '../dutch/index.ts';
import { fail, ok, type Failure, type Result } from '../result.ts';
import { ALL_STAFF_GROUP, validateSourceRoot, type SourceRootFailure } from '../sources/index.ts';
import type { SourceConfig } from '../types.ts';

/** A source name from a folder name: `../shared/corpus/docs-nl` becomes `docs-nl`. */
export function sourceNameFromPath(folder: string): string {
  // NFKD first also takes ligatures and wide forms apart (`ﬁ` → `fi`).
  const name = foldAccents(path.basename(path.resolve(folder)).normalize('NFKD'))
    .replace(/[^a-z0-9-_]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 64);
  return name || 'bron';
}

/** `no-sources`: nothing named and nothing registered; `unknown-target`: neither a source nor a usable folder. */
export type ResolveFailure =
  | Failure<'no-sources'>
  | Failure<'unknown-target', { target: string; problem: SourceRootFailure }>
  | Failure<'name-taken', { name: string }>;

/**
 * Turns CLI arguments into sources: a registered name, or a folder that becomes a source of its own
 * (returned in `added` so the caller can remember it for the next run).
 */
export async function resolveSources(
  targets: string[],
  registered: SourceConfig[],
  options: { name?: string; groups?: string[] } = {},
): Promise<Result<{ sources: SourceConfig[]; added: SourceConfig[] }, ResolveFailure>> {
  if (targets.length === 0) {
    return registered.length > 0 ? ok({ sources: registered, added: [] }) : fail({ code: 'no-sources' });
  }
  const sources: SourceConfig[] = [];
  const added: SourceConfig[] = [];
  for (const target of targets) {
    const known = registered.find((source) => source.name === target);
    if (known) {
      sources.push(known);
      continue;
    }
    const root = await validateSourceRoot(target);
    if (!root.ok) return fail({ code: 'unknown-target', target, problem: root.reason });
    const existing = registered.find((source) => path.resolve(source.root) === root.value);
    if (existing) {
      sources.push(existing);
      continue;
    }
    const name = options.name ?? sourceNameFromPath(root.value);
    if (registered.some((source) => source.name === name) || sources.some((source) => source.name === name)) {
      return fail({ code: 'name-taken', name });
    }
    const source: SourceConfig = {
      name,
      root: root.value,
      include: [],
      exclude: [],
      accessGroups: options.groups && options.groups.length > 0 ? options.groups : [ALL_STAFF_GROUP],
    };
    sources.push(source);
    added.push(source);
  }
  return ok({ sources, added });
}
