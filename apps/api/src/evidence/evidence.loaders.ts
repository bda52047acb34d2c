import type DataLoader from 'dataloader';
import type { RequestLoaders } from '../common/loaders.js';
import { Evidence, type EvidenceOwner } from './evidence.entity.js';

/**
 * The first `first` evidence spans of each fact of one kind (or of each document), in text order,
 * batched per request.
 */
export function evidenceOf(
  loaders: RequestLoaders,
  column: EvidenceOwner | 'document',
  first: number,
): DataLoader<number, Evidence[]> {
  return loaders.childrenOf(Evidence, column, { start: 'asc', id: 'asc' }, first);
}
