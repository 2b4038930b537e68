import { describe, expect, it } from 'vitest';
import { createDeterministicEmbedder, hashVector } from './support/deterministic-embedder.ts';

const dot = (a: Float32Array, b: Float32Array) =>
  a.reduce((sum, value, index) => sum + value * (b[index] as number), 0);

describe('deterministic test embedder', () => {
  it('gives unit vectors of the asked size, the same for the same text', async () => {
    const embedder = createDeterministicEmbedder({ dimensions: 24, model: 'test/a' });
    const [first, again] = await embedder.embedPassages(['De gemeente Groningen', 'de GEMEENTE groningen']);
    expect(first).toHaveLength(24);
    expect(Math.hypot(...(first as Float32Array))).toBeCloseTo(1, 5);
    expect(Array.from(first as Float32Array)).toEqual(Array.from(again as Float32Array));
    expect(embedder.info).toMatchObject({ model: 'test/a', dimensions: 24 });
    expect(Math.hypot(...hashVector('', 8))).toBeCloseTo(1, 5);
  });

  it('puts texts that share words closer together than texts that do not', async () => {
    const embedder = createDeterministicEmbedder({ dimensions: 256 });
    const query = await embedder.embedQuery('parkeervergunning aanvragen');
    const [related, unrelated] = await embedder.embedPassages([
      'Een parkeervergunning aanvragen kan online',
      'De afvalinzameling is op dinsdag',
    ]);
    expect(dot(query, related as Float32Array)).toBeGreaterThan(dot(query, unrelated as Float32Array));
  });

  it('counts whitespace tokens with the passage prefix, records calls and honours abort and close', async () => {
    const embedder = createDeterministicEmbedder({ passagePrefix: 'passage: ' });
    expect(embedder.countTokens('een twee  drie')).toBe(4);
    await embedder.embedPassages(['a', 'b']);
    await embedder.embedQuery('c');
    expect(embedder.calls).toEqual([
      { kind: 'passage', texts: ['a', 'b'] },
      { kind: 'query', texts: ['c'] },
    ]);
    await expect(embedder.embedQuery('x', { signal: AbortSignal.abort() })).rejects.toThrow();
    await embedder.close();
    expect(embedder.closed).toBe(true);
    await expect(embedder.embedPassages(['x'])).rejects.toThrow(/closed/);
  });
});
