import { describePingFailure } from '../answer/index.ts';
import type { AppDependencies } from '../app.ts';
import { getHealthRoute } from '../contract/health.ts';
import { createRouter } from '../http/openapi.ts';

// Pinging a model endpoint costs a request; health is polled, so remember the answer briefly.
const pingCacheMs = 30_000;
const pingTimeoutMs = 3_000;

export function healthRoutes(dependencies: AppDependencies) {
  const pings = new Map<string, { at: number; reachable: boolean; error: string | null }>();

  async function ping(model: AppDependencies['chatModels'][number]) {
    const cached = pings.get(model.name);
    if (cached && Date.now() - cached.at < pingCacheMs) return cached;
    const result = await model.ping({ signal: AbortSignal.timeout(pingTimeoutMs) });
    const entry = {
      at: Date.now(),
      reachable: result.ok,
      error: result.ok ? null : describePingFailure(result.reason),
    };
    pings.set(model.name, entry);
    return entry;
  }

  return createRouter().openapi(getHealthRoute, async (context) => {
    const stats = await dependencies.store.stats();
    const models = await Promise.all(
      dependencies.chatModels.map(async (model) => {
        const status = await ping(model);
        return {
          name: model.name,
          endpoint: model.endpointName,
          model: model.modelId,
          default: model.name === dependencies.defaultChatModel,
          reachable: status.reachable,
          error: status.error,
        };
      }),
    );
    const info = stats.indexInfo;
    return context.json(
      {
        status: 'ok',
        index: {
          documents: stats.documents,
          searchableDocuments: stats.byStatus.indexed ?? 0,
          chunks: stats.chunks,
          pages: stats.pages,
          byStatus: stats.byStatus,
          bySource: stats.bySource,
          updatedAt: info?.updatedAt.toISOString() ?? null,
          lastJob: stats.lastJob
            ? {
                id: stats.lastJob.id,
                status: stats.lastJob.status,
                finishedAt: stats.lastJob.finishedAt?.toISOString() ?? null,
              }
            : null,
        },
        retrieval: {
          mode: dependencies.embedder ? 'hybrid' : 'lexical',
          lexicalReason: dependencies.embedder ? null : dependencies.lexicalReason,
          indexEmbeddingModel: info?.embeddingModel ?? null,
        },
        embedding: dependencies.embedder
          ? {
              loaded: true,
              model: dependencies.embedder.info.model,
              revision: dependencies.embedder.info.revision,
            }
          : { loaded: false, reason: dependencies.lexicalReason },
        chatModels: models,
        answerMode: models.some((model) => model.reachable) ? 'model' : 'extractive',
      },
      200,
    );
  });
}

export type HealthRoutes = ReturnType<typeof healthRoutes>;
