import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../http/types.ts';

/** The built chat app; every non-API path falls back to index.html so client-side routes work. */
export function webRoutes(webRoot: string) {
  const app = new Hono<AppEnv>();
  const root = path.relative(process.cwd(), webRoot) || '.';
  app.use('*', async (context, next) => {
    await next();
    // Everything the app loads comes from this server; nothing from other hosts.
    context.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
    );
    context.header('X-Content-Type-Options', 'nosniff');
    context.header('Referrer-Policy', 'no-referrer');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', async (context, next) => {
    if (context.req.path.startsWith('/api/')) return next();
    const index = path.join(webRoot, 'index.html');
    if (!existsSync(index)) return next();
    return serveStatic({ root, path: 'index.html' })(context, next);
  });
  return app;
}
