/** Seeded random weights and their int8 quantization, so a generated model is the same on every machine. */

/** mulberry32: tiny, fast and good enough for weights that only need to look random. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Uniform values with the given standard deviation around `mean`.
 * BERT initialises with a normal of std 0.02; a uniform of the same spread behaves alike and is cheaper to draw.
 */
export function randomTensor(random: () => number, size: number, std: number, mean = 0): Float32Array {
  const halfWidth = std * Math.sqrt(3);
  const data = new Float32Array(size);
  for (let index = 0; index < size; index++) data[index] = mean + (random() * 2 - 1) * halfWidth;
  return data;
}

export interface QuantizedTensor {
  data: Int8Array;
  scale: number;
}

/** Symmetric per-tensor int8, zero point 0: what onnxruntime's quantize_dynamic does for QInt8 weights. */
export function quantizeSymmetric(values: Float32Array): QuantizedTensor {
  let maxAbs = 0;
  for (const value of values) maxAbs = Math.max(maxAbs, Math.abs(value));
  const scale = maxAbs === 0 ? 1 : maxAbs / 127;
  const data = new Int8Array(values.length);
  for (let index = 0; index < values.length; index++) {
    data[index] = Math.max(-127, Math.min(127, Math.round((values[index] as number) / scale)));
  }
  return { data, scale };
}
