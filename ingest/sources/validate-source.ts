import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../result.ts';
import type { SourceConfig } from '../types.ts';
import { sourceConfigSchema, validateSourceRoot } from './sources-file.ts';

/**
 * Checks a source an admin wants to add or change against the sources already there: valid fields and
 * patterns, a root that exists and is readable, a unique name, and no overlap with another source's folder
 * (a file in two sources would be indexed twice, under two sets of access groups).
 * Returns the source as it will be stored (root made absolute), or every problem found.
 */
export async function validateSource(
  input: unknown,
  others: readonly SourceConfig[],
): Promise<Result<SourceConfig, string[]>> {
  const parsed = sourceConfigSchema.safeParse(input);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'bron'}: ${issue.message}`));
  }
  const source: SourceConfig = parsed.data;
  const problems: string[] = [];
  if (others.some((other) => other.name === source.name)) {
    problems.push(`name: er is al een bron met de naam ${source.name}`);
  }
  const root = await validateSourceRoot(source.root);
  if (!root.ok) return fail([...problems, `root: ${root.reason}`]);
  const real = await realpath(root.value);
  for (const other of others) {
    const otherReal = await realpath(path.resolve(other.root)).catch(() => path.resolve(other.root));
    const relation = overlap(real, otherReal);
    if (relation) problems.push(`root: ${relation} bron ${other.name} (${other.root})`);
  }
  return problems.length > 0 ? fail(problems) : ok({ ...source, root: root.value });
}

function overlap(root: string, other: string): string | null {
  if (root === other) return 'dezelfde map als';
  if (isInside(other, root)) return 'deze map ligt binnen de map van';
  if (isInside(root, other)) return 'deze map bevat de map van';
  return null;
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
