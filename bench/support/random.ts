/** Seeded randomness, so a synthetic knowledge base and its queries are the same on every run. */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  integer(maxExclusive: number): number;
  /** Standard normal (Box-Muller). */
  gaussian(): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, and good enough for benchmark data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (maxExclusive) => Math.floor(next() * maxExclusive),
    gaussian: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^exponent, like word frequencies. */
export function createZipf(size: number, exponent = 1.07): (random: Random) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A random unit vector near `center` (when given): `center * (1 - spread) + noise * spread`, normalised. */
export function unitVector(
  random: Random,
  dimensions: number,
  center?: Float32Array,
  spread = 1,
): Float32Array {
  const vector = new Float32Array(dimensions);
  let norm = 0;
  for (let index = 0; index < dimensions; index++) {
    const noise = random.gaussian() / Math.sqrt(dimensions);
    const value = center ? center[index]! * (1 - spread) + noise * spread : noise;
    vector[index] = value;
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  for (let index = 0; index < dimensions; index++) vector[index]! /= norm;
  return vector;
}
