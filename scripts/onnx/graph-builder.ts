/** A small helper that names values and collects nodes and initializers while a graph is written. */
import {
  AttributeType,
  DataType,
  type AttributeMessage,
  type NodeMessage,
  type TensorMessage,
  type ValueInfoMessage,
} from './onnx-proto.ts';

export type AttributeValue = number | number[] | string | { float: number } | { floats: number[] };

function toAttribute(name: string, value: AttributeValue): AttributeMessage {
  if (typeof value === 'string')
    return { name, type: AttributeType.string, s: new TextEncoder().encode(value) };
  if (typeof value === 'number') return { name, type: AttributeType.int, i: value };
  if (Array.isArray(value)) return { name, type: AttributeType.ints, ints: value };
  if ('float' in value) return { name, type: AttributeType.float, f: value.float };
  return { name, type: AttributeType.floats, floats: value.floats };
}

function bytesOf(data: Float32Array | Int8Array | Uint8Array | BigInt64Array | Int32Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class GraphBuilder {
  readonly nodes: NodeMessage[] = [];
  readonly initializers: TensorMessage[] = [];
  readonly inputs: ValueInfoMessage[] = [];
  readonly outputs: ValueInfoMessage[] = [];
  private counter = 0;

  /** Adds a node and returns the names of its outputs. */
  op(
    opType: string,
    inputs: string[],
    attributes: Record<string, AttributeValue> = {},
    options: { outputs?: number; domain?: string; outputNames?: string[] } = {},
  ): string[] {
    const name = `${opType}_${this.counter++}`;
    const output =
      options.outputNames ??
      Array.from({ length: options.outputs ?? 1 }, (_, index) => `${name}_out${index}`);
    this.nodes.push({
      name,
      op_type: opType,
      input: inputs,
      output,
      domain: options.domain ?? '',
      attribute: Object.entries(attributes).map(([key, value]) => toAttribute(key, value)),
    });
    return output;
  }

  /** Adds a node with a single output and returns its name. */
  op1(opType: string, inputs: string[], attributes: Record<string, AttributeValue> = {}): string {
    const [output] = this.op(opType, inputs, attributes);
    return output as string;
  }

  float(name: string, dims: number[], data: Float32Array): string {
    return this.tensor(name, dims, DataType.float, bytesOf(data));
  }

  int8(name: string, dims: number[], data: Int8Array): string {
    return this.tensor(name, dims, DataType.int8, bytesOf(data));
  }

  uint8(name: string, dims: number[], data: Uint8Array): string {
    return this.tensor(name, dims, DataType.uint8, bytesOf(data));
  }

  int64(name: string, dims: number[], values: number[]): string {
    return this.tensor(name, dims, DataType.int64, bytesOf(BigInt64Array.from(values.map(BigInt))));
  }

  scalar(name: string, value: number): string {
    return this.float(name, [], Float32Array.of(value));
  }

  private tensor(name: string, dims: number[], dataType: number, raw: Uint8Array): string {
    this.initializers.push({ name, dims, data_type: dataType, raw_data: raw });
    return name;
  }
}
