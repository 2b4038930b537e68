/**
 * A BERT encoder as an ONNX graph, laid out the way a PyTorch export of `BertModel` is, so onnxruntime applies
 * the same fusions (LayerNorm, GELU, attention) as it does to a real exported model and the speed is comparable.
 */
import { GraphBuilder } from './graph-builder.ts';
import { valueInfo, type ModelMessage } from './onnx-proto.ts';
import { createRandom, quantizeSymmetric, randomTensor } from './random-weights.ts';

export interface BertSpec {
  layers: number;
  hidden: number;
  intermediate: number;
  heads: number;
  vocabSize: number;
  maxPositions: number;
  seed: number;
  /** Int8 weights with dynamic activation quantization (what transformers.js loads for dtype 'q8'). */
  quantized: boolean;
}

const initStd = 0.02;
const layerNormEpsilon = 1e-12;

export function buildBertModel(spec: BertSpec): ModelMessage {
  if (spec.layers < 1) throw new Error('A BERT encoder needs at least one layer');
  if (spec.hidden % spec.heads !== 0)
    throw new Error(`hidden ${spec.hidden} is not divisible by ${spec.heads} heads`);
  const graph = new GraphBuilder();
  const random = createRandom(spec.seed);
  const weights = (size: number) => randomTensor(random, size, initStd);
  const headSize = spec.hidden / spec.heads;
  const quantizedInputs = new Map<string, string[]>();

  const one64 = graph.int64('const_int64_one', [], [1]);
  const one = graph.scalar('const_one', 1);

  /** y = x·W + b, with W stored [in, out] like a PyTorch export after transposition. */
  const linear = (x: string, prefix: string, inSize: number, outSize: number): string => {
    const weight = weights(inSize * outSize);
    const bias = graph.float(`${prefix}.bias`, [outSize], weights(outSize));
    if (!spec.quantized)
      return graph.op1('Add', [
        graph.op1('MatMul', [x, graph.float(`${prefix}.weight`, [inSize, outSize], weight)]),
        bias,
      ]);
    // One DynamicQuantizeLinear per activation, shared by the projections that read it (as quantize_dynamic does).
    let quantizedX = quantizedInputs.get(x);
    if (!quantizedX) {
      quantizedX = graph.op('DynamicQuantizeLinear', [x], {}, { outputs: 3 });
      quantizedInputs.set(x, quantizedX);
    }
    const [xData, xScale, xZeroPoint] = quantizedX as [string, string, string];
    const quantizedWeight = quantizeSymmetric(weight);
    const product = graph.op1('MatMulInteger', [
      xData,
      graph.int8(`${prefix}.weight_quantized`, [inSize, outSize], quantizedWeight.data),
      xZeroPoint,
      graph.int8(`${prefix}.weight_zero_point`, [], Int8Array.of(0)),
    ]);
    const scale = graph.op1('Mul', [xScale, graph.scalar(`${prefix}.weight_scale`, quantizedWeight.scale)]);
    const dequantized = graph.op1('Mul', [graph.op1('Cast', [product], { to: 1 }), scale]);
    return graph.op1('Add', [dequantized, bias]);
  };

  const layerNorm = (x: string, prefix: string, outputName?: string): string => {
    const gamma = graph.float(
      `${prefix}.weight`,
      [spec.hidden],
      randomTensor(random, spec.hidden, initStd, 1),
    );
    const beta = graph.float(`${prefix}.bias`, [spec.hidden], weights(spec.hidden));
    const [output] = graph.op(
      'LayerNormalization',
      [x, gamma, beta],
      { axis: -1, epsilon: { float: layerNormEpsilon } },
      outputName ? { outputNames: [outputName] } : {},
    );
    return output as string;
  };

  const wordEmbeddings = (): string => {
    const table = weights(spec.vocabSize * spec.hidden);
    const dims = [spec.vocabSize, spec.hidden];
    if (!spec.quantized)
      return graph.op1(
        'Gather',
        [graph.float('embeddings.word_embeddings.weight', dims, table), 'input_ids'],
        { axis: 0 },
      );
    // Gather the int8 rows, then dequantize only those: the quantized-Gather pattern of quantize_dynamic.
    const quantized = quantizeSymmetric(table);
    const rows = graph.op1(
      'Gather',
      [graph.int8('embeddings.word_embeddings.weight_quantized', dims, quantized.data), 'input_ids'],
      { axis: 0 },
    );
    return graph.op1('DequantizeLinear', [
      rows,
      graph.scalar('embeddings.word_embeddings.weight_scale', quantized.scale),
      graph.int8('embeddings.word_embeddings.weight_zero_point', [], Int8Array.of(0)),
    ]);
  };

  // Embeddings: word + token type + position, then LayerNorm.
  const words = wordEmbeddings();
  const tokenTypes = graph.op1(
    'Gather',
    [
      graph.float('embeddings.token_type_embeddings.weight', [2, spec.hidden], weights(2 * spec.hidden)),
      'token_type_ids',
    ],
    { axis: 0 },
  );
  const positionTable = graph.float(
    'embeddings.position_embeddings.weight',
    [spec.maxPositions, spec.hidden],
    weights(spec.maxPositions * spec.hidden),
  );
  const sequenceLength = graph.op1('Gather', [graph.op1('Shape', ['input_ids']), one64], { axis: 0 });
  const positionIds = graph.op1('Range', [graph.int64('const_int64_zero', [], [0]), sequenceLength, one64]);
  const positions = graph.op1('Gather', [positionTable, positionIds], { axis: 0 });
  let hidden = layerNorm(
    graph.op1('Add', [graph.op1('Add', [words, tokenTypes]), positions]),
    'embeddings.LayerNorm',
  );

  // Extended attention mask: (1 - mask[:, None, None, :]) * -10000, added to the attention scores.
  const maskAxis1 = graph.op1('Unsqueeze', ['attention_mask', graph.int64('const_axes_1', [1], [1])]);
  const maskAxis2 = graph.op1('Unsqueeze', [maskAxis1, graph.int64('const_axes_2', [1], [2])]);
  const maskFloat = graph.op1('Cast', [maskAxis2], { to: 1 });
  const maskBias = graph.op1('Mul', [
    graph.op1('Sub', [one, maskFloat]),
    graph.scalar('const_mask_value', -10000),
  ]);

  const splitHeads = graph.int64('const_split_heads_shape', [4], [0, 0, spec.heads, headSize]);
  const mergeHeads = graph.int64('const_merge_heads_shape', [3], [0, 0, spec.hidden]);
  const sqrtHeadSize = graph.scalar('const_sqrt_head_size', Math.sqrt(headSize));
  const sqrtTwo = graph.scalar('const_sqrt_two', Math.SQRT2);
  const half = graph.scalar('const_half', 0.5);

  for (let layer = 0; layer < spec.layers; layer++) {
    const prefix = `encoder.layer.${layer}`;
    const heads = (x: string, perm: number[]) =>
      graph.op1('Transpose', [graph.op1('Reshape', [x, splitHeads])], { perm });
    const query = heads(
      linear(hidden, `${prefix}.attention.self.query`, spec.hidden, spec.hidden),
      [0, 2, 1, 3],
    );
    const key = heads(linear(hidden, `${prefix}.attention.self.key`, spec.hidden, spec.hidden), [0, 2, 3, 1]);
    const value = heads(
      linear(hidden, `${prefix}.attention.self.value`, spec.hidden, spec.hidden),
      [0, 2, 1, 3],
    );
    const scores = graph.op1('Add', [
      graph.op1('Div', [graph.op1('MatMul', [query, key]), sqrtHeadSize]),
      maskBias,
    ]);
    const probabilities = graph.op1('Softmax', [scores], { axis: -1 });
    const context = graph.op1('Transpose', [graph.op1('MatMul', [probabilities, value])], {
      perm: [0, 2, 1, 3],
    });
    const merged = graph.op1('Reshape', [context, mergeHeads]);
    const attention = linear(merged, `${prefix}.attention.output.dense`, spec.hidden, spec.hidden);
    const attended = layerNorm(graph.op1('Add', [attention, hidden]), `${prefix}.attention.output.LayerNorm`);

    // Exact GELU, x * 0.5 * (1 + erf(x / sqrt 2)), in the node order onnxruntime's GeluFusion matches.
    const inner = linear(attended, `${prefix}.intermediate.dense`, spec.hidden, spec.intermediate);
    const erf = graph.op1('Add', [graph.op1('Erf', [graph.op1('Div', [inner, sqrtTwo])]), one]);
    const gelu = graph.op1('Mul', [graph.op1('Mul', [inner, erf]), half]);
    const output = linear(gelu, `${prefix}.output.dense`, spec.intermediate, spec.hidden);
    const last = layer === spec.layers - 1;
    hidden = layerNorm(
      graph.op1('Add', [output, attended]),
      `${prefix}.output.LayerNorm`,
      last ? 'last_hidden_state' : undefined,
    );
  }

  const dynamic = ['batch_size', 'sequence_length'];
  graph.inputs.push(
    valueInfo('input_ids', 'int64', dynamic),
    valueInfo('attention_mask', 'int64', dynamic),
    valueInfo('token_type_ids', 'int64', dynamic),
  );
  graph.outputs.push(valueInfo('last_hidden_state', 'float', [...dynamic, spec.hidden]));

  return {
    ir_version: 8,
    producer_name: 'vraagbaak scripts/make-tiny-model.ts',
    producer_version: '1',
    opset_import: [{ domain: '', version: 17 }],
    graph: {
      name: 'bert',
      node: graph.nodes,
      initializer: graph.initializers,
      input: graph.inputs,
      output: graph.outputs,
    },
  };
}
