/** The Dutch words for a dataset that cannot be read, chosen where the evaluation tells a person (its CLI). */
import type { DatasetFailure } from './dataset.ts';

export function describeDatasetFailure(failure: DatasetFailure): string {
  switch (failure.code) {
    case 'unreadable':
      return `${failure.file} niet leesbaar: ${failure.detail}`;
    case 'invalid_json':
      return `${failure.file}, regel ${failure.line}: geen geldige JSON`;
    case 'invalid_row':
      return `${failure.file}, regel ${failure.line}: ${failure.issue ?? 'onverwachte vorm'}`;
    case 'invalid_qrels_row':
      return `${failure.file}, regel ${failure.line}: verwacht query-id, corpus-id en score, gescheiden door tabs`;
  }
}
