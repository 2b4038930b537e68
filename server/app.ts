import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import type { Embedder } from '../ingest/embed/embedder.ts';
import type { SearchableStore } from '../ingest/store/index.ts';
import type { AdminServices } from './admin/index.ts';
import type { ChatModel } from './answer/index.ts';
import { apiVersion } from './api-version.ts';
import { AppError, type ErrorBody } from './errors.ts';
import { createRouter } from './http/openapi.ts';
import type { AppEnv, User } from './http/types.ts';
import type { KnowledgeNotes } from './notes/index.ts';
import type { AnswerStore } from './provenance/answer-store.ts';
import type { Retriever } from './retrieval/index.ts';
import { adminRoutes } from './routes/admin-api.ts';
import { answersRoutes } from './routes/answers.ts';
import { chatRoutes } from './routes/chat.ts';
import { documentsRoutes } from './routes/documents.ts';
import { gapsRoutes } from './routes/gaps.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { notesRoutes } from './routes/notes.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { searchRoutes } from './routes/search.ts';
import { webRoutes } from './routes/web.ts';

export interface AppDependencies {
  store: SearchableStore;
  answers: AnswerStore;
  retriever: Retriever;
  embedder: Embedder | null;
  lexicalReason: string | null;
  chatModels: ChatModel[];
  defaultChatModel: string | null;
  /** Until sign-in lands: the configured development user. Tests pass other users to prove access checks. */
  identify: (headers: Headers) => User;
  /** Where original files live, by source name; re-read per request so new sources need no restart. */
  sourceRoots: () => Promise<Map<string, string>>;
  topK: number;
  logger: Logger;
  /** Folder with the built web app, or null to serve the API only. */
  webRoot: string | null;
  /** Sources, jobs and schedules for the admin console (`/api/admin`, role `beheerder`); absent: no console. */
  admin?: AdminServices;
  /** Knowledge notes and gaps (`/api/notes`, `/api/gaps`); absent: no notes, and passages carry no note citations. */
  notes?: KnowledgeNotes;
}

export function createApp(dependencies: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', requestId());
  app.use('*', async (context, next) => {
    const started = performance.now();
    const logger = dependencies.logger.child({ requestId: context.get('requestId') });
    context.set('logger', logger);
    context.set('user', dependencies.identify(context.req.raw.headers));
    await next();
    context.header('API-Version', apiVersion);
    // Method, route and status only: questions and user names stay out of the log.
    logger.info(
      {
        method: context.req.method,
        path: context.req.routePath,
        status: context.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  // One router for everything under /api: routes declared with createRoute land in its OpenAPI document.
  const api = createRouter();
  api.route('/health', healthRoutes(dependencies));
  api.route('/me', meRoutes());
  api.route('/search', searchRoutes(dependencies));
  api.route('/chat', chatRoutes(dependencies));
  api.route('/documents', documentsRoutes(dependencies));
  api.route('/answers', answersRoutes(dependencies));
  if (dependencies.admin) api.route('/admin', adminRoutes(dependencies.admin));
  if (dependencies.notes) {
    api.route('/notes', notesRoutes(dependencies.notes));
    api.route('/gaps', gapsRoutes(dependencies.notes.gaps));
  }
  api.route('/', openApiRoutes(api));
  app.route('/api', api);
  if (dependencies.webRoot) app.route('/', webRoutes(dependencies.webRoot));

  app.notFound((context) =>
    context.json<ErrorBody>({ error: { code: 'not_found', message: 'Dit adres bestaat niet.' } }, 404),
  );
  app.onError((error, context) => {
    if (error instanceof AppError) {
      return context.json<ErrorBody>({ error: { code: error.code, message: error.message } }, error.status);
    }
    // Hono's own 4xx (for example a body that is not JSON) in the same shape.
    if (error instanceof HTTPException && error.status < 500) {
      return context.json<ErrorBody>(
        {
          error: {
            code: error.status === 413 ? 'payload_too_large' : 'bad_request',
            message: `Ongeldig verzoek: ${error.message}`,
          },
        },
        error.status,
      );
    }
    (context.get('logger') ?? dependencies.logger).error({ err: error }, 'unhandled error');
    return context.json<ErrorBody>(
      { error: { code: 'internal', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' } },
      500,
    );
  });
  return app;
}
