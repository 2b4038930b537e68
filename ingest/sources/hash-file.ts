import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 of a file's bytes, streamed so a large file never sits in memory whole. */
export async function hashFile(absolutePath: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(absolutePath, { signal })) hash.update(piece as Buffer);
  return hash.digest('hex');
}
