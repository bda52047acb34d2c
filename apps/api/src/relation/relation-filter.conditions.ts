import { isIn, NOTHING, type Conditions } from '../common/connection.js';
import { overlaps } from '../common/date-range.js';
import type { RelationFilter } from './relation.args.js';

/** The ids of the actors a filter names by slug; null where it names none, or no actor has the slug. */
export interface FilterActors {
  source?: { id: number } | null;
  target?: { id: number } | null;
  actor?: { id: number } | null;
}

/**
 * A relation filter as conditions on the columns of `relation` (unqualified): what
 * `relations(filter:)` lists and the relation exports write. Actors come as ids, resolved from
 * their slugs first: on an id the planner knows how many rows to expect and walks the
 * (actor, category, id) indexes in page order. A slug that names no actor matches nothing.
 */
export function relationFilterConditions(filter: RelationFilter | null | undefined, actors: FilterActors): Conditions {
  const { source, target, actor } = actors;
  const where: Conditions = [];
  if (filter?.kinds?.length) where.push(isIn('kind', filter.kinds));
  if (filter?.categories?.length) where.push(isIn('category', filter.categories));
  if (filter?.source) where.push(source ? { sql: 'source_id = ?', params: [source.id] } : NOTHING);
  if (filter?.target) where.push(target ? { sql: 'target_id = ?', params: [target.id] } : NOTHING);
  if (filter?.actor)
    where.push(actor ? { sql: 'source_id = ? or target_id = ?', params: [actor.id, actor.id] } : NOTHING);
  if (filter?.from || filter?.to) where.push(overlaps('date', filter.from, filter.to));
  return where;
}
