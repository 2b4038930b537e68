/**
 * The chat app: `vite build` writes dist/web, which the server serves under a strict CSP (no inline
 * scripts or styles, nothing from other hosts). `vite` serves it on :5173 and proxies /api to the server.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const apiPort = process.env.VRAAGBAAK_PORT ?? '8787';

export default defineConfig({
  root: path.join(root, 'web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist', 'web'),
    emptyOutDir: true,
    // The polyfill would be an inline script, which the CSP forbids; every browser in use supports modulepreload.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    port: Number(process.env.VRAAGBAAK_WEB_PORT ?? 5173),
    strictPort: true,
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  preview: { port: Number(process.env.VRAAGBAAK_WEB_PORT ?? 5173) },
});
