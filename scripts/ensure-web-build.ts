/**
 * Run before the server by `npm start`: builds the chat app into dist/web when it is missing or older than
 * its sources, so `npm install && npm start` serves a current app without a separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist', 'web', 'index.html');
/** Everything the build reads; server/api-types.ts only contributes types, so it needs no rebuild. */
const inputs = ['web', 'vite.config.ts', 'package-lock.json'].map((input) => path.join(root, input));

/** Newest modification time under a file or folder, test files excluded (they are not in the bundle). */
export function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, newestModification(path.join(target, entry.name)));
  }
  return newest;
}

export function webBuildIsCurrent(): boolean {
  if (!existsSync(builtIndex)) return false;
  const built = statSync(builtIndex).mtimeMs;
  return inputs.every((input) => newestModification(input) <= built);
}

async function main(): Promise<void> {
  if (process.env.VRAAGBAAK_SERVE_WEB === 'false') return;
  if (webBuildIsCurrent()) return;
  console.log('De chat-app wordt gebouwd (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log('De chat-app is gebouwd in dist/web.');
}

main().catch((error: unknown) => {
  console.error('De chat-app kon niet worden gebouwd:', error instanceof Error ? error.message : error);
  // The API still works without the app; say so and let the server start.
  process.exitCode = 0;
});
