import { describe, expect, it } from 'vitest';
import { ok } from '../../ingest/result.ts';
import type { ChatModel } from '../answer/index.ts';
import { chooseChatModel } from './choose-model.ts';

const modelNamed = (name: string): ChatModel => ({
  name,
  endpointName: 'model.test:8000',
  modelId: `${name}-id`,
  stream: async function* () {
    yield* [];
  },
  ping: async () => ok({ latencyMs: 1, modelListed: true }),
});

const models = [modelNamed('lokaal'), modelNamed('groot')];

describe('chooseChatModel', () => {
  it('takes the model asked for, else the default', () => {
    expect(chooseChatModel(models, 'lokaal', 'groot')).toEqual(ok(models[1]));
    expect(chooseChatModel(models, 'lokaal', undefined)).toEqual(ok(models[0]));
  });

  it('answers from the passages alone for `none` or when no model is configured', () => {
    expect(chooseChatModel(models, 'lokaal', 'none')).toEqual(ok(null));
    expect(chooseChatModel([], null, undefined)).toEqual(ok(null));
  });

  it('names a model that is not configured', () => {
    expect(chooseChatModel(models, 'lokaal', 'bestaat-niet')).toEqual({
      ok: false,
      reason: { code: 'unknown_model', name: 'bestaat-niet' },
    });
  });
});
