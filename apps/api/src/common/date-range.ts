import type { SqlPart } from './loaders.js';

/**
 * Condition for "the partial date stored in the columns `<prefix>_start`/`<prefix>_end` overlaps
 * [from, to]". Dates are stored as yyyy-mm-dd strings, so string comparison is date comparison.
 * Undated rows never overlap.
 */
export function overlaps(prefix: string, from?: string | null, to?: string | null): SqlPart {
  const conditions = [`${prefix}_start is not null`];
  const params: string[] = [];
  if (to) {
    conditions.push(`${prefix}_start <= ?`);
    params.push(to);
  }
  if (from) {
    conditions.push(`${prefix}_end >= ?`);
    params.push(from);
  }
  return { sql: conditions.join(' and '), params };
}
