import { expect, it } from 'vitest';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { useTestApi } from './harness.js';
import { RelationKind } from '../src/relation/relation-kind.js';
import { addSyntheticGraph } from './synthetic-graph.js';
import { graphql } from './gql/index.js';

const NeighbourhoodQuery = graphql(`
  query NeighbourhoodQuery($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {
    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {
      actor {
        slug
      }
      actors {
        slug
      }
      relations {
        id
        kind
        source {
          slug
        }
        target {
          slug
        }
      }
      capped
    }
  }
`);

const AllRelationsQuery = graphql(`
  query AllRelationsQuery($filter: RelationFilter) {
    relations(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
        source {
          slug
        }
        target {
          slug
        }
      }
    }
  }
`);

type Edge = { id: string; source: { slug: string }; target: { slug: string } };

/** What the explorer used to compute in the browser: relations reached within `hops`, following `direction`. */
function walked(relations: readonly Edge[], slug: string, hops: number, direction: string): string[] {
  const reached = new Set([slug]);
  const kept = new Set<string>();
  let frontier = new Set([slug]);
  for (let hop = 0; hop < hops; hop++) {
    const next = new Set<string>();
    for (const relation of relations) {
      const out = direction !== 'INCOMING' && frontier.has(relation.source.slug);
      const into = direction !== 'OUTGOING' && frontier.has(relation.target.slug);
      if (!out && !into) continue;
      kept.add(relation.id);
      const other = out ? relation.target.slug : relation.source.slug;
      if (!reached.has(other)) next.add(other);
    }
    next.forEach((actor) => reached.add(actor));
    frontier = next;
  }
  return [...kept].sort();
}

describeEachDatabase('neighbourhood', (database) => {
  const api = useTestApi(database);

  it('finds what the browser found around Maduro, one and two hops, each direction, filtered or not', async () => {
    for (const filter of [null, { categories: ['PRESSURE' as const, 'COERCION' as const] }]) {
      const all = await api.execute(AllRelationsQuery, { filter });
      expect(all.data!.relations.totalCount).toBeLessThanOrEqual(100);
      const relations = all.data!.relations.nodes;
      for (const hops of [1, 2]) {
        for (const direction of ['BOTH', 'OUTGOING', 'INCOMING'] as const) {
          const { data, errors } = await api.execute(NeighbourhoodQuery, {
            slug: 'nicolas-maduro',
            hops,
            first: 200,
            direction,
            filter,
          });
          expect(errors).toBeUndefined();
          const result = data!.neighbourhood;
          expect(result.capped).toBe(false);
          expect(result.relations.map((r) => r.id).sort()).toEqual(
            walked(relations, 'nicolas-maduro', hops, direction),
          );
          const ends = new Set(result.relations.flatMap((r) => [r.source.slug, r.target.slug]));
          ends.delete('nicolas-maduro');
          expect(new Set(result.actors.map((a) => a.slug))).toEqual(ends);
        }
      }
    }
    const one = await api.execute(NeighbourhoodQuery, { slug: 'nicolas-maduro' });
    const two = await api.execute(NeighbourhoodQuery, { slug: 'nicolas-maduro', hops: 2 });
    expect(one.data!.neighbourhood.actors.length).toBeGreaterThan(2);
    expect(two.data!.neighbourhood.actors.length).toBeGreaterThan(one.data!.neighbourhood.actors.length);
    // Nearest first: the one-hop actors lead the two-hop list.
    expect(
      two
        .data!.neighbourhood.actors.slice(0, one.data!.neighbourhood.actors.length)
        .map((a) => a.slug)
        .sort(),
    ).toEqual(one.data!.neighbourhood.actors.map((a) => a.slug).sort());
  });

  it('keeps the strongest links of a hub, flags the cap, and validates its arguments', async () => {
    // Hub 0 linked to 1…6: kind strength first, then how many relations, then the latest.
    await addSyntheticGraph(api.db.orm.em.fork(), 'hub', 9, [
      { source: 0, target: 1, kind: RelationKind.MET_WITH, date: '2024-01-01' },
      { source: 0, target: 2, kind: RelationKind.MET_WITH, date: '2024-03-01' },
      { source: 3, target: 0, kind: RelationKind.BARRED },
      { source: 0, target: 4, kind: RelationKind.NEGOTIATED_WITH },
      { source: 0, target: 5, kind: RelationKind.MET_WITH, date: '2023-01-01' },
      { source: 5, target: 0, kind: RelationKind.CONSULTED, date: '2023-01-02' },
      { source: 0, target: 6, kind: RelationKind.SANCTIONED },
      { source: 6, target: 7, kind: RelationKind.BACKED },
      { source: 1, target: 8, kind: RelationKind.URGED },
    ]);
    const order = ['hub-3', 'hub-6', 'hub-4', 'hub-5', 'hub-2', 'hub-1'];
    const full = await api.execute(NeighbourhoodQuery, { slug: 'hub-0', first: 6 });
    expect(full.data!.neighbourhood.actors.map((a) => a.slug)).toEqual(order);
    expect(full.data!.neighbourhood.capped).toBe(false);
    expect(full.data!.neighbourhood.relations.map((r) => r.kind).slice(0, 3)).toEqual([
      'BARRED',
      'SANCTIONED',
      'NEGOTIATED_WITH',
    ]);

    const capped = await api.execute(NeighbourhoodQuery, { slug: 'hub-0', first: 3 });
    expect(capped.data!.neighbourhood.actors.map((a) => a.slug)).toEqual(order.slice(0, 3));
    expect(capped.data!.neighbourhood.capped).toBe(true);
    expect(capped.data!.neighbourhood.relations).toHaveLength(3);

    const twoHops = await api.execute(NeighbourhoodQuery, { slug: 'hub-0', hops: 2, first: 7 });
    expect(twoHops.data!.neighbourhood.actors.map((a) => a.slug)).toEqual([...order, 'hub-7']);
    expect(twoHops.data!.neighbourhood.capped).toBe(true);
    const roomy = await api.execute(NeighbourhoodQuery, { slug: 'hub-0', hops: 2, first: 8 });
    expect(roomy.data!.neighbourhood.actors.map((a) => a.slug)).toEqual([...order, 'hub-7', 'hub-8']);
    expect(roomy.data!.neighbourhood.capped).toBe(false);
    expect(roomy.data!.neighbourhood.relations).toHaveLength(9);

    for (const [variables, argumentName] of [
      [{ slug: 'hub-0', first: 201 }, 'first'],
      [{ slug: 'hub-0', first: 0 }, 'first'],
      [{ slug: 'hub-0', hops: 3 }, 'hops'],
      [{ slug: 'nobody-at-all' }, 'slug'],
    ] as const) {
      const { errors } = await api.execute(NeighbourhoodQuery, variables);
      expect(errors?.[0]?.extensions?.argumentName).toBe(argumentName);
    }
  });
});
