import { describe, expect, it } from 'vitest';
import { isE5Model, resolveEmbedderOptions } from './options.ts';

describe('isE5Model', () => {
  it('recognises e5 model ids from any publisher', () => {
    expect(isE5Model('Xenova/multilingual-e5-small')).toBe(true);
    expect(isE5Model('intfloat/e5-base-v2')).toBe(true);
    expect(isE5Model('multilingual-e5-large')).toBe(true);
  });

  it('does not take other models for e5', () => {
    expect(isE5Model('vraagbaak-test/tiny-bert')).toBe(false);
    expect(isE5Model('sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2')).toBe(false);
    expect(isE5Model('someone/be5-model')).toBe(false);
  });
});

describe('resolveEmbedderOptions', () => {
  it('gives e5 models their query and passage prefixes and q8 by default', () => {
    const options = resolveEmbedderOptions({
      model: 'Xenova/multilingual-e5-small',
      modelsDir: 'data/models',
    });
    expect(options).toMatchObject({
      queryPrefix: 'query: ',
      passagePrefix: 'passage: ',
      dtype: 'q8',
      allowDownload: false,
      allowSpinning: false,
      batchTokens: 512,
    });
  });

  it('uses no prefixes for other models and keeps explicit choices', () => {
    expect(resolveEmbedderOptions({ model: 'a/b', modelsDir: 'm' })).toMatchObject({
      queryPrefix: '',
      passagePrefix: '',
    });
    const explicit = resolveEmbedderOptions({
      model: 'intfloat/e5-small',
      modelsDir: 'm',
      queryPrefix: 'q> ',
      passagePrefix: '',
      dtype: 'fp32',
      batchSize: 0,
    });
    expect(explicit).toMatchObject({ queryPrefix: 'q> ', passagePrefix: '', dtype: 'fp32', batchSize: 1 });
  });

  it('waits longer for a load that may download', () => {
    const offline = resolveEmbedderOptions({ model: 'a/b', modelsDir: 'm' });
    const online = resolveEmbedderOptions({ model: 'a/b', modelsDir: 'm', allowDownload: true });
    expect(online.loadTimeoutMs).toBeGreaterThan(offline.loadTimeoutMs);
  });
});
