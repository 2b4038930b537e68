// Deleting by id list: keep each filter string well below DataFusion's comfortable size.
export const deleteBatchSize = 500;

export function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let index = 0; index < items.length; index += size) yield items.slice(index, index + size);
}
