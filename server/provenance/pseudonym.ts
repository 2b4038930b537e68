import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Keyed hash: stable per person, but the stored id cannot be turned back into a name without the key. */
export function pseudonymize(userId: string, key: string): string {
  return createHmac('sha256', key).update(userId).digest('hex').slice(0, 20);
}

/** The configured key, or one generated once into the data folder (readable by the server user only). */
export async function loadPseudonymKey(dataDir: string, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'pseudonym.key');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: create it below
  }
  const key = randomBytes(32).toString('hex');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, key + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return key;
}
