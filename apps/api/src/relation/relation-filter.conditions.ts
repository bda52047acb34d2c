import { actorIdOfSlug } from '../actor/actor-by-slug.js';
import { isIn, NOTHING, type Conditions } from '../common/connection.js';
import { overlaps } from '../common/date-range.js';
import type { SqlPart } from '../common/loaders.js';
import type { RelationFilter } from './relation.args.js';

/** The ids of the actors a filter names by slug; null where it names none, or no actor has the slug. */
export interface FilterActors {
  source?: { id: number } | null;
  target?: { id: number } | null;
  actor?: { id: number } | null;
}

/**
 * A relation filter as conditions on the columns of `relation` (unqualified): what
 * `relations(filter:)` lists and the relation exports write. Without `actors`, the actors the
 * filter names by slug are found by the statement itself (`actorIdOfSlug`): a slug that names no
 * actor matches nothing. With `actors`, their ids, found before (the exports refuse an unknown
 * slug).
 */
export function relationFilterConditions(filter: RelationFilter | null | undefined, actors?: FilterActors): Conditions {
  const where: Conditions = [];
  /** The actor a filter names in `role`, as an SQL value: its id, or the subquery that finds it. */
  const actorOf = (role: keyof FilterActors, slug: string): SqlPart | typeof NOTHING => {
    if (!actors) return actorIdOfSlug(slug);
    const actor = actors[role];
    return actor ? { sql: '?', params: [actor.id] } : NOTHING;
  };
  /** `column = actor` for each column, ORed. */
  const endIs = (columns: string[], actor: SqlPart | typeof NOTHING): SqlPart | typeof NOTHING =>
    actor === NOTHING
      ? NOTHING
      : {
          sql: columns.map((column) => `${column} = ${actor.sql}`).join(' or '),
          params: columns.flatMap(() => actor.params),
        };
  if (filter?.kinds?.length) where.push(isIn('kind', filter.kinds));
  if (filter?.categories?.length) where.push(isIn('category', filter.categories));
  if (filter?.source) where.push(endIs(['source_id'], actorOf('source', filter.source)));
  if (filter?.target) where.push(endIs(['target_id'], actorOf('target', filter.target)));
  if (filter?.actor) where.push(endIs(['source_id', 'target_id'], actorOf('actor', filter.actor)));
  if (filter?.from || filter?.to) where.push(overlaps('date', filter.from, filter.to));
  return where;
}
