import { Direction } from '@parley/schema';

interface Edge {
  source: { slug: string };
  target: { slug: string };
}

/** The relations within `hops` steps of an actor, following edges out, in, or both ways. */
export function neighbourhood<R extends Edge>(
  relations: readonly R[],
  slug: string,
  hops: number,
  direction: Direction,
): R[] {
  const reached = new Set([slug]);
  const kept = new Set<R>();
  let frontier = new Set([slug]);
  for (let hop = 0; hop < hops; hop++) {
    const next = new Set<string>();
    for (const relation of relations) {
      const out = direction !== Direction.INCOMING && frontier.has(relation.source.slug);
      const into = direction !== Direction.OUTGOING && frontier.has(relation.target.slug);
      if (!out && !into) continue;
      kept.add(relation);
      const other = out ? relation.target.slug : relation.source.slug;
      if (!reached.has(other)) next.add(other);
      if (out && into) next.add(relation.source.slug);
    }
    next.forEach((actor) => reached.add(actor));
    frontier = next;
  }
  return relations.filter((relation) => kept.has(relation));
}
