import type { EntityManager } from '@mikro-orm/core';
import { beforeAll, expect, it } from 'vitest';
import { Actor } from '../src/actor/actor.entity.js';
import { createContext } from '../src/common/context.js';
import { orderedLinks, PathSearch, type MiddlesStrategy } from '../src/path/path-search.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { recordStatements, silentLogger, useTestApi } from './harness.js';
import { addSyntheticGraph } from './synthetic-graph.js';
import { findPaths, hopsOf, loadActorGraph, type Link } from './reference-paths.js';
import { graphql } from './gql/index.js';

const PathSearchQuery = graphql(`
  query PathSearchQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {
    pathSearch(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      complete
      visited
      searchedLength
      paths {
        length
        steps {
          from {
            slug
          }
          to {
            slug
          }
          via {
            id
          }
          alternatives {
            id
          }
        }
      }
    }
  }
`);

const PathsOnlyQuery = graphql(`
  query PathsOnlyQuery($from: String!, $to: String!) {
    paths(from: $from, to: $to) {
      length
      steps {
        via {
          id
        }
      }
    }
  }
`);

const linkKey = (link: Link) => `${link.type}:${link.type === 'Event' ? link.eventId : link.entity.id}`;

/** Each path as its actors and, per hop, its links in `via`-then-`alternatives` order. */
async function searched(
  em: EntityManager,
  from: number,
  to: number,
  maxLength: number,
  first: number,
  middles: MiddlesStrategy = 'auto',
) {
  const search = new PathSearch(em, undefined, middles);
  const outcome = await search.run(from, to, maxLength, first);
  await search.readAllLinksOf(outcome.paths);
  return {
    complete: outcome.complete,
    paths: outcome.paths.map((ids) => ({
      ids,
      links: ids
        .slice(1)
        .map((id, i) => orderedLinks(search.linksBetween(ids[i]!, id)).map(({ type, id }) => `${type}:${id}`)),
    })),
  };
}

describeEachDatabase('paths', (database) => {
  const api = useTestApi(database);
  // The story's own actors, read before any test adds a synthetic graph: the comparisons with the
  // in-memory walk go through every pair of them, and a 300-leaf hub's pairs would take hours.
  let storyActors: number[] = [];
  beforeAll(async () => {
    storyActors = (await api.db.orm.em.fork().find(Actor, {}, { orderBy: { id: 'asc' } })).map((actor) => actor.id);
  });

  // Every pair of the story’s actors against the in-memory walk, a few statements each: half a
  // minute alone, minutes on a busy machine.
  it('finds on the story exactly the paths the in-memory walk found, in the same order with the same links', async () => {
    const em = api.db.orm.em.fork();
    const graph = await loadActorGraph(em);
    const actors = storyActors;
    let compared = 0;
    for (const [maxLength, first] of [
      [4, 10],
      [6, 50],
      [2, 1],
    ] as const) {
      for (const from of actors) {
        for (const to of actors) {
          // Every pair for the default question, a sample for the others.
          if (from === to || (maxLength !== 4 && (from + to) % 7)) continue;
          const expected = findPaths(graph, from, to, maxLength, first).map((ids) => ({
            ids,
            links: hopsOf(graph, ids).map(({ links }) => links.map(linkKey)),
          }));
          const actual = await searched(em, from, to, maxLength, first);
          expect(actual.complete).toBe(true);
          expect(actual.paths).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);

  // The story's actors are all light, so the search above grows balls; here the database finds the middles.
  it('finds the same paths whether it grows balls or asks the database for the middles', async () => {
    const em = api.db.orm.em.fork();
    const graph = await loadActorGraph(em);
    const actors = storyActors;
    let compared = 0;
    for (const middles of ['always', 'never'] as const) {
      for (const from of actors) {
        for (const to of actors) {
          if (from === to || (from * 3 + to) % 5) continue;
          const expected = findPaths(graph, from, to, 5, 20).map((ids) => ({
            ids,
            links: hopsOf(graph, ids).map(({ links }) => links.map(linkKey)),
          }));
          const actual = await searched(em, from, to, 5, 20, middles);
          expect(actual.complete).toBe(true);
          expect(actual.paths).toEqual(expected);
          compared += expected.filter((path) => path.ids.length >= 4).length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);

  // At 4 hops the middles are the last step between balls of radius 1: only the links of the
  // first paths come back, so few paths asked for is where a wrong cut would show.
  it('finds the first paths of 4 hops through the middles as the in-memory walk does, however few are asked for', async () => {
    const em = api.db.orm.em.fork();
    const graph = await loadActorGraph(em);
    let compared = 0;
    for (const first of [1, 3, 10]) {
      for (const from of storyActors) {
        for (const to of storyActors) {
          if (from === to || (from * 3 + to + first) % 4) continue;
          const expected = findPaths(graph, from, to, 4, first).map((ids) => ({
            ids,
            links: hopsOf(graph, ids).map(({ links }) => links.map(linkKey)),
          }));
          const actual = await searched(em, from, to, 4, first, 'always');
          expect(actual.complete).toBe(true);
          expect(actual.paths).toEqual(expected);
          compared += expected.filter((path) => path.ids.length === 5).length;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  }, 300_000);

  it('skips the middles that lead back to the actor they came from when it cuts the last step', async () => {
    // start (0) — a (2) — end (1), start — a' (3), end — b (4). The middles 5…14 are linked to a
    // only: through a, a path would come back to a, so none of them is on a path. The middles
    // 15…17 are linked to a and b, the middles 18…19 to a' and b: the first paths of 4 hops are
    // start → a → 15…17 → b → end, then start → a' → 18…19 → b → end.
    const edges: [number, number][] = [
      [0, 2],
      [0, 3],
      [2, 1],
      [4, 1],
    ];
    for (let m = 5; m < 15; m++) edges.push([2, m]);
    for (let m = 15; m < 18; m++) edges.push([2, m], [m, 4]);
    for (let m = 18; m < 20; m++) edges.push([3, m], [m, 4]);
    const ids = await addSyntheticGraph(
      api.db.orm.em.fork(),
      'detour',
      20,
      edges.map(([source, target]) => ({ source, target })),
    );
    const em = api.db.orm.em.fork();
    const via = (a: number, m: number) => [ids[0], ids[a], ids[m], ids[4], ids[1]];
    for (const middles of ['always', 'auto'] as const) {
      const search = new PathSearch(em, undefined, middles);
      const two = await search.run(ids[0]!, ids[1]!, 4, 3);
      expect(two.paths).toEqual([[ids[0], ids[2], ids[1]], via(2, 15), via(2, 16)]);
      // Through the middles, the links no first path uses are not read out (a — 17 here).
      if (middles === 'always') expect(() => search.linksBetween(ids[2]!, ids[17]!)).toThrow(/not linked/);
      const all = await new PathSearch(em, undefined, middles).run(ids[0]!, ids[1]!, 4, 10);
      expect(all).toMatchObject({ complete: true, visited: 20 });
      expect(all.paths).toEqual([
        [ids[0], ids[2], ids[1]],
        ...[15, 16, 17].map((m) => via(2, m)),
        via(3, 18),
        via(3, 19),
      ]);
    }
  });

  it('answers pathSearch as complete, with the paths `paths` returns', async () => {
    const variables = { from: 'gustavo-petro', to: 'maria-corina-machado' };
    const search = await api.execute(PathSearchQuery, variables);
    const plain = await api.execute(PathsOnlyQuery, variables);
    expect(search.errors).toBeUndefined();
    const result = search.data!.pathSearch;
    expect(result.complete).toBe(true);
    expect(result.visited).toBeGreaterThan(2);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths.map((p) => ({ length: p.length, steps: p.steps.map((s) => ({ via: s.via })) }))).toEqual(
      plain.data!.paths,
    );
    // Alternatives are read only when selected: as many per hop as the search's links, less the via.
    const em = api.db.orm.em.fork();
    const [from, to] = await Promise.all(
      [variables.from, variables.to].map((slug) => em.findOneOrFail(Actor, { slug })),
    );
    const expected = await searched(em, from!.id, to!.id, 4, 10);
    expect(result.paths.map((p) => p.steps.map((s) => s.alternatives.length))).toEqual(
      expected.paths.map((path) => path.links.map((links) => links.length - 1)),
    );
    expect(result.paths.flatMap((p) => p.steps.flatMap((s) => s.alternatives)).length).toBeGreaterThan(0);
  });

  it('says when the visit budget runs out, and keeps the paths it is sure of', async () => {
    // Two stars joined through their hubs: start — hub A — hub B — end, each hub with many leaves,
    // plus a long detour start — d1 — … — d4 — end: a short path, then more actors than the budget.
    const leaves = 40;
    const edges: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
    ];
    for (let i = 0; i < leaves; i++) edges.push([1, 10 + i], [2, 10 + leaves + i], [10 + i, 10 + leaves + i]);
    const ids = await addSyntheticGraph(
      api.db.orm.em.fork(),
      'budget',
      10 + 2 * leaves,
      edges.map(([source, target]) => ({ source, target })),
    );
    const em = api.db.orm.em.fork();
    const [start, end] = [ids[0]!, ids[3]!];

    const unbounded = await new PathSearch(em).run(start, end, 5, 50);
    expect(unbounded.complete).toBe(true);
    expect(unbounded.paths[0]).toEqual([start, ids[1], ids[2], end]);
    expect(unbounded.paths.length).toBe(1 + leaves);

    const bounded = await new PathSearch(em, { actors: 50, links: 100_000, steps: 100_000 }).run(start, end, 5, 50);
    expect(bounded.complete).toBe(false);
    expect(bounded.searchedLength).toBeLessThan(5);
    expect(bounded.visited).toBeGreaterThanOrEqual(50);
    expect(bounded.visited).toBeLessThan(10 + 2 * leaves);
    expect(bounded.paths).toEqual(unbounded.paths.filter((path) => path.length - 1 <= bounded.searchedLength));

    const fewLinks = await new PathSearch(em, { actors: 10_000, links: 30, steps: 100_000 }).run(start, end, 5, 50);
    expect(fewLinks.complete).toBe(false);
    const fewSteps = await new PathSearch(em, { actors: 10_000, links: 100_000, steps: 5 }).run(start, end, 5, 50);
    expect(fewSteps.complete).toBe(false);
  });

  it('stops at hubs heavier than the links budget and says so, keeping the shorter paths', async () => {
    // start — A — x — B — end with hubs A and B (30 leaves each), and start — c — d — end: the
    // 4-hop path needs A's and B's links (read out, or joined in the database), the 3-hop one not.
    const leaves = 30;
    const edges: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [0, 5],
      [5, 6],
      [6, 4],
    ];
    for (let i = 0; i < leaves; i++) edges.push([1, 7 + i], [3, 7 + leaves + i]);
    const ids = await addSyntheticGraph(
      api.db.orm.em.fork(),
      'hubcap',
      7 + 2 * leaves,
      edges.map(([source, target]) => ({ source, target })),
    );
    const em = api.db.orm.em.fork();
    const [start, end] = [ids[0]!, ids[4]!];
    for (const middles of ['auto', 'always', 'never'] as const) {
      const unbounded = await new PathSearch(em, undefined, middles).run(start, end, 4, 10);
      expect(unbounded).toMatchObject({ complete: true, searchedLength: 4 });
      expect(unbounded.paths).toEqual([
        [start, ids[5], ids[6], end],
        [start, ids[1], ids[2], ids[3], end],
      ]);
      const budget = { actors: 10_000, links: 36, steps: 100_000 };
      const capped = await new PathSearch(em, budget, middles).run(start, end, 4, 10);
      expect(capped.complete).toBe(false);
      // Joining the hubs in the database costs their links whenever it is asked for, so `always` stops sooner.
      expect(capped.searchedLength).toBe(middles === 'always' ? 2 : 3);
      expect(capped.paths).toEqual(unbounded.paths.filter((path) => path.length - 1 <= capped.searchedLength));
    }
  });

  it('issues as many statements around a hub of 10 leaves as around one of 300', async () => {
    const statementsFor = async (name: string, leaves: number) => {
      // start — hub A — hub B — end; each hub's leaves linked in pairs across: one path of 3 hops,
      // the others 5, so the search goes through every length up to 4 whatever the size.
      const edges: [number, number][] = [
        [0, 1],
        [1, 2],
        [2, 3],
      ];
      for (let i = 0; i < leaves; i++) edges.push([1, 4 + i], [2, 4 + leaves + i], [4 + i, 4 + leaves + i]);
      await addSyntheticGraph(
        api.db.orm.em.fork(),
        name,
        4 + 2 * leaves,
        edges.map(([source, target]) => ({ source, target })),
      );
      const recorder = recordStatements(api.db);
      try {
        const result = await api.execute(PathSearchQuery, { from: `${name}-0`, to: `${name}-3`, maxLength: 4 });
        expect(result.errors).toBeUndefined();
        expect(result.data!.pathSearch.paths.map((path) => path.length)).toEqual([3]);
        expect(result.data!.pathSearch.complete).toBe(true);
        return recorder.statements.length;
      } finally {
        recorder.stop();
      }
    };
    const small = await statementsFor('few', 10);
    const large = await statementsFor('many', 300);
    expect(small).toBeGreaterThan(3);
    expect(large).toBe(small);
  }, 300_000);

  it('asks the database one statement per length along a chain, the frontier sizes included', async () => {
    // 0 — 1 — 2 — 3 — 4: each length past the first grows a ball, and one statement reads its
    // links, the size of the next frontier and the links between the two frontiers; no statement
    // of its own to count a frontier or to meet.
    const ids = await addSyntheticGraph(
      api.db.orm.em.fork(),
      'chain',
      5,
      [0, 1, 2, 3].map((i) => ({ source: i, target: i + 1 })),
    );
    const recorder = recordStatements(api.db);
    try {
      const outcome = await new PathSearch(api.db.orm.em.fork()).run(ids[0]!, ids[4]!, 4, 10);
      expect(outcome).toMatchObject({ complete: true, paths: [ids] });
      expect(recorder.statements.length).toBeLessThanOrEqual(4);
    } finally {
      recorder.stop();
    }
  });

  it('refuses many aliases of paths before running them', async () => {
    const alias = (i: number) => `p${i}: paths(from: "gustavo-petro", to: "maria-corina-machado") { length }`;
    const query = (n: number) => `{ ${Array.from({ length: n }, (_, i) => alias(i)).join(' ')} }`;
    const run = (n: number) =>
      api.server.apollo.executeOperation(
        { query: query(n) },
        { contextValue: createContext(api.db.orm.em, silentLogger) },
      );
    const one = await run(1);
    expect(one.body.kind === 'single' && one.body.singleResult.errors).toBeUndefined();
    for (const n of [10, 30]) {
      const many = await run(n);
      expect(many.body.kind === 'single' && many.body.singleResult.errors?.[0]?.extensions?.code).toBe(
        'QUERY_TOO_COMPLEX',
      );
    }
  });
});
