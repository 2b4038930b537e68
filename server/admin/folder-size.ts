import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Bytes of all files under `folder`; null for an object-store URI (s3://…) or a folder that is not there. */
export async function folderSize(folder: string): Promise<number | null> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(folder)) return null;
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return null;
  }
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // A file compaction removed between listing and stat is simply not counted.
    const info = await stat(path.join(entry.parentPath, entry.name)).catch(() => null);
    total += info?.size ?? 0;
  }
  return total;
}
