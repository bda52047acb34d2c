import type { SqlPart } from '../common/loaders.js';

/**
 * The id of the actor with this slug, as a scalar subquery of the statement a filter on it goes
 * into: the page resolves the slug itself, where a lookup before it cost a statement and a round
 * trip of its own. An unknown slug makes the subquery null, so the condition meets no row and the
 * list is empty, as it was when the lookup found nothing. PostgreSQL runs the subquery once (an
 * InitPlan) and plans without its value, expecting an average actor's rows: right for a filter
 * whose page reads the actor's rows and sorts them, wrong for one that walks an (actor, …, id)
 * index in page order, where a hub's first pages would fetch and sort all its rows. Relation
 * filters are the latter and look their actors up first (relationFilterConditions).
 */
export function actorIdOfSlug(slug: string): SqlPart {
  return { sql: '(select id from actor where slug = ?)', params: [slug] };
}
