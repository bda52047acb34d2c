import type { ShapeParams } from './targets/hand-sql.js';

/**
 * The query shapes the bench measures. Each asks every target that can answer it for the same data:
 * Parley's GraphQL (the contract in packages/schema/schema.graphql), PostGraphile 4's GraphQL over
 * the same tables (its default inflection), and hand-written SQL (targets/hand-sql.ts). Each
 * GraphQL answer is normalised to the JSON the hand SQL returns, and the bench checks they are equal
 * before measuring. A shape a target cannot ask leaves that target out. To add a shape: add an
 * entry here and, for the SQL target, a function in hand-sql.ts.
 */

/** Actors and words picked from the corpus the bench runs on (see context.ts). */
export interface BenchContext {
  /** The actor most often at the receiving end of pressure. */
  hub: string;
  /** An ordinary actor: in a few dozen facts. */
  actor: string;
  /** A word some actors' names contain. */
  search: string;
  /** Two quiet actors, three hops apart where the corpus has such a pair. */
  pathFrom: string;
  pathTo: string;
  /** Hops of the shortest path between them. */
  pathShortest: number;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface GraphQLAsk {
  request(params: ShapeParams): GraphQLRequest;
  /** The response's `data`, in the hand SQL's JSON. */
  normalise(data: unknown): unknown;
}

export interface Shape {
  id: string;
  title: string;
  /** Concurrent connections when measuring; the run's setting when absent. */
  connections?: number;
  params(context: BenchContext): ShapeParams;
  parley?: GraphQLAsk;
  postgraphile?: GraphQLAsk;
  /** The function of hand-sql.ts that answers it. */
  sql?: string;
}

type Named = { name: string } | null;
type Connection<T> = { totalCount?: number; nodes: T[] };

export const SHAPES: Shape[] = [
  {
    id: 'actor',
    title: 'actor by slug',
    params: (context) => ({ slug: context.actor }),
    parley: {
      request: ({ slug }) => ({
        query: 'query ($slug: String!) { actor(slug: $slug) { slug name kind aliases summary } }',
        variables: { slug },
      }),
      normalise: (data) => (data as { actor: unknown }).actor,
    },
    postgraphile: {
      request: ({ slug }) => ({
        query: 'query ($slug: String!) { actorBySlug(slug: $slug) { slug name kind aliases summary } }',
        variables: { slug },
      }),
      normalise: (data) => (data as { actorBySlug: unknown }).actorBySlug,
    },
    sql: 'actorBySlug',
  },
  {
    id: 'actors-page',
    title: '50 actors + totalCount',
    params: () => ({}),
    parley: {
      request: () => ({ query: '{ actors(first: 50) { totalCount nodes { slug name kind } } }', variables: {} }),
      normalise: (data) => (data as { actors: unknown }).actors,
    },
    postgraphile: {
      request: () => ({
        query: '{ allActors(first: 50, orderBy: SLUG_ASC) { totalCount nodes { slug name kind } } }',
        variables: {},
      }),
      normalise: (data) => (data as { allActors: unknown }).allActors,
    },
    sql: 'actorsPage',
  },
  {
    id: 'relations-category',
    title: '100 relations of a category, both ends named',
    params: () => ({ category: 'PRESSURE' }),
    parley: {
      request: ({ category }) => ({
        query:
          'query ($category: RelationCategory!) { relations(first: 100, filter: { categories: [$category] }) { nodes { kind source { name } target { name } } } }',
        variables: { category },
      }),
      normalise: (data) =>
        (data as { relations: Connection<{ kind: string; source: Named; target: Named }> }).relations.nodes.map(
          (relation) => ({ kind: relation.kind, source: relation.source?.name, target: relation.target?.name }),
        ),
    },
    postgraphile: {
      request: ({ category }) => ({
        query:
          'query ($category: String!) { allRelations(first: 100, orderBy: PRIMARY_KEY_ASC, condition: { category: $category }) { nodes { kind actorBySourceId { name } actorByTargetId { name } } } }',
        variables: { category },
      }),
      normalise: (data) =>
        (
          data as { allRelations: Connection<{ kind: string; actorBySourceId: Named; actorByTargetId: Named }> }
        ).allRelations.nodes.map((relation) => ({
          kind: relation.kind,
          source: relation.actorBySourceId?.name,
          target: relation.actorByTargetId?.name,
        })),
    },
    sql: 'relationsOfCategory',
  },
  {
    id: 'hub-pressure',
    title: "a hub's 50 incoming pressure relations + evidence",
    params: (context) => ({ slug: context.hub }),
    parley: {
      request: ({ slug }) => ({
        query:
          'query ($slug: String!) { relations(first: 50, filter: { target: $slug, categories: [PRESSURE] }) { nodes { kind source { name } evidence { start end quote } } } }',
        variables: { slug },
      }),
      normalise: (data) =>
        (data as { relations: Connection<{ kind: string; source: Named; evidence: unknown[] }> }).relations.nodes.map(
          (relation) => ({ kind: relation.kind, source: relation.source?.name, evidence: relation.evidence }),
        ),
    },
    postgraphile: {
      request: ({ slug }) => ({
        query:
          'query ($slug: String!) { actorBySlug(slug: $slug) { relationsByTargetId(first: 50, orderBy: PRIMARY_KEY_ASC, condition: { category: "PRESSURE" }) { nodes { kind actorBySourceId { name } evidencesByRelationId(orderBy: [START_OFFSET_ASC, PRIMARY_KEY_ASC]) { nodes { start: startOffset end: endOffset quote } } } } } }',
        variables: { slug },
      }),
      normalise: (data) =>
        (
          data as {
            actorBySlug: {
              relationsByTargetId: Connection<{
                kind: string;
                actorBySourceId: Named;
                evidencesByRelationId: Connection<unknown>;
              }>;
            } | null;
          }
        ).actorBySlug?.relationsByTargetId.nodes.map((relation) => ({
          kind: relation.kind,
          source: relation.actorBySourceId?.name,
          evidence: relation.evidencesByRelationId.nodes,
        })),
    },
    sql: 'incomingPressure',
  },
  {
    id: 'events',
    title: "an actor's 20 events with participants and actors",
    params: (context) => ({ slug: context.actor }),
    parley: {
      request: ({ slug }) => ({
        query:
          'query ($slug: String!) { events(first: 20, filter: { participant: $slug }) { nodes { slug title date { start } participants { role actor { name } } } } }',
        variables: { slug },
      }),
      normalise: (data) =>
        (
          data as {
            events: Connection<{
              slug: string;
              title: string;
              date: { start: string | null } | null;
              participants: { role: string | null; actor: Named }[];
            }>;
          }
        ).events.nodes.map((event) => ({
          slug: event.slug,
          title: event.title,
          start: event.date?.start ?? null,
          participants: event.participants.map((p) => ({ role: p.role, actor: p.actor?.name })),
        })),
    },
    postgraphile: {
      request: ({ slug }) => ({
        query:
          'query ($slug: String!) { actorBySlug(slug: $slug) { participationsByActorId(first: 20, orderBy: EVENT_ID_ASC) { nodes { eventByEventId { slug title dateStart participationsByEventId(orderBy: PRIMARY_KEY_ASC) { nodes { role actorByActorId { name } } } } } } } }',
        variables: { slug },
      }),
      normalise: (data) =>
        (
          data as {
            actorBySlug: {
              participationsByActorId: Connection<{
                eventByEventId: {
                  slug: string;
                  title: string;
                  dateStart: string | null;
                  participationsByEventId: Connection<{ role: string | null; actorByActorId: Named }>;
                };
              }>;
            } | null;
          }
        ).actorBySlug?.participationsByActorId.nodes.map(({ eventByEventId: event }) => ({
          slug: event.slug,
          title: event.title,
          start: event.dateStart,
          participants: event.participationsByEventId.nodes.map((p) => ({
            role: p.role,
            actor: p.actorByActorId?.name,
          })),
        })),
    },
    sql: 'eventsOfActor',
  },
  {
    id: 'search',
    title: 'search actors by name (20 + totalCount)',
    params: (context) => ({ search: context.search }),
    parley: {
      request: ({ search }) => ({
        query: 'query ($search: String!) { actors(search: $search, first: 20) { totalCount nodes { slug name } } }',
        variables: { search },
      }),
      normalise: (data) => (data as { actors: unknown }).actors,
    },
    postgraphile: {
      request: ({ search }) => ({
        query:
          'query ($search: String!) { allActors(first: 20, orderBy: SLUG_ASC, filter: { searchText: { includes: $search } }) { totalCount nodes { slug name } } }',
        variables: { search },
      }),
      normalise: (data) => (data as { allActors: unknown }).allActors,
    },
    sql: 'searchActors',
  },
  {
    id: 'neighbourhood',
    title: '2-hop neighbourhood of a quiet actor next to a hub (50 strongest)',
    // The quiet end of the path question: three neighbours, one a hub, so the second hop ranks thousands.
    params: (context) => ({ slug: context.pathFrom }),
    parley: {
      request: ({ slug }) => ({
        query: 'query ($slug: String!) { neighbourhood(slug: $slug, hops: 2, first: 50) { actors { slug } capped } }',
        variables: { slug },
      }),
      normalise: (data) => {
        const { actors, capped } = (data as { neighbourhood: { actors: { slug: string }[]; capped: boolean } })
          .neighbourhood;
        return { actors: actors.map((actor) => actor.slug), capped };
      },
    },
    sql: 'neighbourhood',
  },
  ...[4, 3, 2].map((maxLength) => pathsShape(maxLength)),
];

/** Paths between the two quiet actors (three hops apart) of at most `maxLength` hops, first 10. */
function pathsShape(maxLength: number): Shape {
  return {
    id: maxLength === 4 ? 'paths' : `paths-${maxLength}`,
    title: `paths up to ${maxLength} hops (first 10)`,
    // Once whole-graph reads: one at a time keeps the comparison with the earlier figures.
    connections: 1,
    params: (context) => ({ from: context.pathFrom, to: context.pathTo }),
    parley: {
      request: ({ from, to }) => ({
        query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxLength: ${maxLength}) { length steps { from { slug } to { slug } via { id } } } }`,
        variables: { from, to },
      }),
      normalise: (data) => (data as { paths: { length: number }[] }).paths.map((path) => path.length),
    },
    sql: maxLength === 4 ? 'paths' : `paths${maxLength}`,
  };
}
