/**
 * Condition for "the partial date stored under `prefix` overlaps [from, to]". Dates are stored as
 * yyyy-mm-dd strings, so string comparison is date comparison. Undated rows never overlap.
 */
export function overlaps(prefix: string, from?: string | null, to?: string | null): Record<string, unknown> {
  const conditions: Record<string, unknown>[] = [{ [prefix]: { start: { $ne: null } } }];
  if (to) conditions.push({ [prefix]: { start: { $lte: to } } });
  if (from) conditions.push({ [prefix]: { end: { $gte: from } } });
  return { $and: conditions };
}
