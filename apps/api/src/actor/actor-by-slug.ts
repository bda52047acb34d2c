import type { SqlPart } from '../common/loaders.js';

/**
 * The id of the actor with this slug, as a scalar subquery of the statement a filter on it goes
 * into: the page resolves the slug itself, where a lookup before it cost a statement and a round
 * trip of its own. An unknown slug makes the subquery null, so the condition meets no row and the
 * list is empty, as it was when the lookup found nothing. PostgreSQL runs the subquery once (an
 * InitPlan) and plans without its value, as it plans a prepared statement's generic plan: it
 * expects an average actor's rows. Once the read path's named statements go generic (after five
 * runs on a connection), a hub's page walks the (actor, category, id) index in page order as it
 * did on the id; the first runs on a connection may instead fetch and sort a hub's rows.
 */
export function actorIdOfSlug(slug: string): SqlPart {
  return { sql: '(select id from actor where slug = ?)', params: [slug] };
}
