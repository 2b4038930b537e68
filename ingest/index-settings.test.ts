import { describe, expect, it } from 'vitest';
import { searchTextVersion } from './dutch/index.ts';
import {
  desiredIndexInfo,
  embedderFit,
  indexChange,
  indexHasVectors,
  vectorMismatch,
} from './index-settings.ts';
import type { IndexInfo } from './types.ts';

const chunking = { maxTokens: 256, overlapTokens: 40, minTokens: 40 };
const embedder = {
  info: {
    model: 'Xenova/multilingual-e5-small',
    revision: 'main',
    dimensions: 384,
    maxTokens: 512,
    tokenizer: 'e5',
  },
};

describe('desiredIndexInfo', () => {
  it('records the model, the chunking and the search analysis a run would use now', () => {
    const wanted = desiredIndexInfo({ embedder: embedder as never, lexicalReason: null }, chunking);
    expect(wanted).toMatchObject({
      embeddingModel: 'Xenova/multilingual-e5-small',
      dimensions: 384,
      lexicalReason: null,
      chunking: { maxTokens: 256, overlapTokens: 40, tokenizer: 'e5', searchText: searchTextVersion },
    });
  });

  it('records why there are no vectors when there is no model', () => {
    const wanted = desiredIndexInfo({ embedder: null, lexicalReason: 'geen model' }, chunking);
    expect(wanted).toMatchObject({ embeddingModel: null, dimensions: null, lexicalReason: 'geen model' });
    expect(wanted.chunking.tokenizer).toBe('estimate-chars/3');
  });
});

describe('indexChange', () => {
  const current: IndexInfo = desiredIndexInfo({ embedder: embedder as never, lexicalReason: null }, chunking);

  it('needs nothing when the settings are the same', () => {
    expect(indexChange(current, { ...current, updatedAt: new Date(0) })).toBe('none');
  });

  it('rebuilds for a new model, other dimensions, other chunking, or an empty index', () => {
    expect(indexChange(current, { ...current, embeddingModel: 'intfloat/e5-base' })).toBe('rebuild');
    expect(indexChange(current, { ...current, dimensions: 768 })).toBe('rebuild');
    expect(indexChange(current, { ...current, chunking: { ...current.chunking, maxTokens: 512 } })).toBe(
      'rebuild',
    );
    expect(indexChange(null, current)).toBe('rebuild');
  });

  it('only recomputes the search column for a new search analysis', () => {
    const older = { ...current, chunking: { ...current.chunking, searchText: 'nl-older' } };
    expect(indexChange(older, current)).toBe('search-text');
    // A model change as well: that needs everything again, the search text included.
    expect(indexChange({ ...older, embeddingModel: 'intfloat/e5-base' }, current)).toBe('rebuild');
  });
});

describe('embedderFit', () => {
  const index: IndexInfo = desiredIndexInfo({ embedder: embedder as never, lexicalReason: null }, chunking);
  const lexical: IndexInfo = desiredIndexInfo({ embedder: null, lexicalReason: 'geen model' }, chunking);

  it('fits the embedder the index was built with', () => {
    expect(embedderFit(index, embedder.info)).toEqual({ fits: true });
  });

  it('says why not, with a code and both sides', () => {
    expect(embedderFit(null, embedder.info)).toMatchObject({ fits: false, code: 'no_index', index: null });
    expect(embedderFit(lexical, embedder.info)).toMatchObject({
      fits: false,
      code: 'no_vectors',
      index: lexical,
    });
    const other = { ...embedder.info, model: 'intfloat/e5-base', dimensions: 768 };
    expect(embedderFit(index, other)).toMatchObject({
      fits: false,
      code: 'model_mismatch',
      index: { embeddingModel: 'Xenova/multilingual-e5-small', dimensions: 384 },
      embedder: { model: 'intfloat/e5-base', dimensions: 768 },
    });
    expect(embedderFit(index, { ...embedder.info, revision: 'v2' })).toMatchObject({
      code: 'revision_mismatch',
    });
    expect(embedderFit(index, { ...embedder.info, dimensions: 256 })).toMatchObject({
      code: 'dimension_mismatch',
    });
  });

  it('agrees with indexChange: whatever makes a run rebuild the vectors makes the embedder unfit', () => {
    const variants = [
      { ...embedder.info, model: 'intfloat/e5-base' },
      { ...embedder.info, revision: 'v2' },
      { ...embedder.info, dimensions: 256 },
      embedder.info,
    ];
    for (const info of variants) {
      const wanted = desiredIndexInfo({ embedder: { info } as never, lexicalReason: null }, chunking);
      expect(embedderFit(index, info).fits).toBe(indexChange(index, wanted) === 'none');
    }
  });
});

describe('vectorMismatch and indexHasVectors', () => {
  const index: IndexInfo = desiredIndexInfo({ embedder: embedder as never, lexicalReason: null }, chunking);
  const lexical: IndexInfo = desiredIndexInfo({ embedder: null, lexicalReason: 'geen model' }, chunking);

  it('treats two lexical settings as the same and a lexical and a vector one as different', () => {
    expect(vectorMismatch(lexical, { ...lexical })).toBeNull();
    expect(vectorMismatch(lexical, index)).toBe('model_mismatch');
  });

  it('sees vectors only with a model and dimensions', () => {
    expect(indexHasVectors(index)).toBe(true);
    expect(indexHasVectors(lexical)).toBe(false);
    expect(indexHasVectors(null)).toBe(false);
  });
});
