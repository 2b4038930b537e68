import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Failure, type Result } from '../result.ts';
import type { SourceConfig } from '../types.ts';
import { sourceConfigSchema, validateSourceRoot, type SourceRootFailure } from './sources-file.ts';

/** How two sources' folders overlap: the same folder, this one inside the other's, or containing it. */
export type RootOverlap = 'same' | 'inside' | 'contains';

/** One thing wrong with a source; `field` and `message` of an invalid field come from the schema. */
export type SourceProblem =
  | Failure<'invalid-field', { field: string; message: string }>
  | Failure<'name-taken', { name: string }>
  | Failure<'root-unusable', { problem: SourceRootFailure }>
  | Failure<'root-overlap', { overlap: RootOverlap; other: { name: string; root: string } }>;

/**
 * Checks a source an admin wants to add or change against the sources already there: valid fields and
 * patterns, a root that exists and is readable, a unique name, and no overlap with another source's folder
 * (a file in two sources would be indexed twice, under two sets of access groups).
 * Returns the source as it will be stored (root made absolute), or every problem found.
 */
export async function validateSource(
  input: unknown,
  others: readonly SourceConfig[],
): Promise<Result<SourceConfig, SourceProblem[]>> {
  const parsed = sourceConfigSchema.safeParse(input);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((issue) => ({
        code: 'invalid-field' as const,
        field: issue.path.join('.'),
        message: issue.message,
      })),
    );
  }
  const source: SourceConfig = parsed.data;
  const problems: SourceProblem[] = [];
  if (others.some((other) => other.name === source.name)) {
    problems.push({ code: 'name-taken', name: source.name });
  }
  const root = await validateSourceRoot(source.root);
  if (!root.ok) return fail([...problems, { code: 'root-unusable', problem: root.reason }]);
  const real = await realpath(root.value);
  for (const other of others) {
    const otherReal = await realpath(path.resolve(other.root)).catch(() => path.resolve(other.root));
    const relation = overlap(real, otherReal);
    if (relation) {
      problems.push({
        code: 'root-overlap',
        overlap: relation,
        other: { name: other.name, root: other.root },
      });
    }
  }
  return problems.length > 0 ? fail(problems) : ok({ ...source, root: root.value });
}

function overlap(root: string, other: string): RootOverlap | null {
  if (root === other) return 'same';
  if (isInside(other, root)) return 'inside';
  if (isInside(root, other)) return 'contains';
  return null;
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
