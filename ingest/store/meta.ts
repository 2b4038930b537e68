import type * as lancedb from '@lancedb/lancedb';
import { z } from 'zod';
import { sqlString, sqlStringList } from './filter.ts';
import { isGenerationTable, type GenerationTables } from './schema.ts';

/** Small JSON values by key in the `meta` table: index settings, the active tables, a rebuild in progress. */
export async function readMeta(meta: lancedb.Table, key: string): Promise<unknown> {
  const rows = await meta
    .query()
    .where(`key = ${sqlString(key)}`)
    .limit(1)
    .toArray();
  if (!rows[0]) return null;
  try {
    return JSON.parse(String(rows[0].value_json));
  } catch {
    return null;
  }
}

/** Writes every entry in one commit, so a switch of several keys is all-or-nothing. `null` clears a key. */
export async function writeMeta(meta: lancedb.Table, entries: Record<string, unknown>): Promise<void> {
  const rows = Object.entries(entries).map(([key, value]) => ({ key, value_json: JSON.stringify(value) }));
  if (rows.length === 0) return;
  await meta.mergeInsert('key').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(rows);
}

export async function deleteMeta(meta: lancedb.Table, keys: string[]): Promise<void> {
  if (keys.length > 0) await meta.delete(`key IN ${sqlStringList(keys)}`);
}

const generationSchema = z.object({
  chunks: z.string().refine(isGenerationTable),
  documents: z.string().refine(isGenerationTable),
});

export function parseGeneration(value: unknown): GenerationTables | null {
  const parsed = generationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const rebuildSchema = z.object({ suffix: z.string().regex(/^r\d{14}$/), startedAt: z.coerce.date() });

export function parseRebuild(value: unknown): { suffix: string; startedAt: Date } | null {
  const parsed = rebuildSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
