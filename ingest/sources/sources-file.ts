import { access, constants, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { fail, ok, type Failure, type Result } from '../result.ts';
import type { SourceConfig } from '../types.ts';
import { scheduleSchema } from './schedule.ts';

/** Everyone on staff; a source without explicit groups is readable by all. */
export const ALL_STAFF_GROUP = 'medewerkers';

/**
 * picomatch never throws on its own: an unbalanced bracket silently becomes a pattern that matches nothing,
 * so an exclude would quietly exclude nothing. Strict brackets make it throw, and the match-nothing regex
 * it falls back to is caught too.
 */
const globSchema = z
  .string()
  .min(1)
  .max(500)
  .superRefine((glob, context) => {
    try {
      if (picomatch.makeRe(glob, { strictBrackets: true }).source === '$^') {
        context.addIssue({ code: 'custom', message: `ongeldig patroon ${glob}` });
      }
    } catch (error) {
      context.addIssue({ code: 'custom', message: `ongeldig patroon ${glob}: ${(error as Error).message}` });
    }
  });

export const sourceConfigSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-_]{0,63}$/, 'kleine letters, cijfers, - en _; hoogstens 64 tekens'),
  root: z.string().min(1),
  include: z.array(globSchema).default([]),
  exclude: z.array(globSchema).default([]),
  accessGroups: z.array(z.string().min(1)).min(1).default([ALL_STAFF_GROUP]),
  schedule: scheduleSchema.nullable().default(null),
});

const sourcesFileSchema = z.object({ sources: z.array(sourceConfigSchema) });

/** Why the sources file could not be used; `problems` is zod's account of what in it is wrong. */
export type SourcesFileFailure =
  | Failure<'unreadable' | 'invalid-json', { file: string }>
  | Failure<'invalid-sources', { file: string; problems: string }>;

/** Sources live in a small JSON file under data/, so an admin can read and diff it. */
export async function loadSources(filePath: string): Promise<Result<SourceConfig[], SourcesFileFailure>> {
  let raw: string;
  try {
    raw = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok([]);
    return fail({ code: 'unreadable', file: filePath, cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return fail({ code: 'invalid-json', file: filePath, cause: error });
  }
  const parsed = sourcesFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = z.prettifyError(parsed.error);
    return fail({ code: 'invalid-sources', file: filePath, problems, cause: parsed.error });
  }
  return ok(parsed.data.sources);
}

export async function saveSources(filePath: string, sources: SourceConfig[]): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.new`;
  await writeFile(temporary, JSON.stringify({ sources }, null, 2) + '\n');
  await rename(temporary, filePath); // atomic replace: a crash never leaves half a file
}

/** Why a folder cannot be a source's root; `root` is the absolute path. `unusable`: any other error (`cause`). */
export type SourceRootFailure = Failure<
  'not-found' | 'not-a-folder' | 'not-readable' | 'unusable',
  { root: string }
>;

/** The root must be an existing, readable folder. */
export async function validateSourceRoot(root: string): Promise<Result<string, SourceRootFailure>> {
  const absolute = path.resolve(root);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) return fail({ code: 'not-a-folder', root: absolute });
    await access(absolute, constants.R_OK | constants.X_OK);
    return ok(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail({ code: 'not-found', root: absolute, cause: error });
    if (code === 'EACCES') return fail({ code: 'not-readable', root: absolute, cause: error });
    return fail({ code: 'unusable', root: absolute, cause: error });
  }
}
