import { runApiCli, startServer, type RunningServer } from '@parley/test-support';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ParleyError, ParleyTransportError, type TypedDocumentNode } from '../src/index.js';

// Typed by hand here, as GraphQL Code Generator would type them for an application.
const ActorNameQuery: TypedDocumentNode<{ actor: { name: string } | null }, { slug: string }> = parse(
  'query ActorNameQuery($slug: String!) { actor(slug: $slug) { name } }',
);
const PathsQuery: TypedDocumentNode<{ paths: { length: number }[] }, { from: string; to: string }> = parse(
  'query PathsQuery($from: String!, $to: String!) { paths(from: $from, to: $to) { length } }',
);
const UnknownFieldQuery: TypedDocumentNode<{ actor: null }, Record<string, never>> = parse(
  '{ actor(slug: "nicolas-maduro") { shoeSize } }',
);
interface ActorPage {
  actors: {
    totalCount: number;
    nodes: { slug: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const ActorPageQuery: TypedDocumentNode<ActorPage, { first: number; after?: string | null }> = parse(
  'query ActorPageQuery($first: Int, $after: String) { actors(first: $first, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }',
);
const RelationEdgesQuery: TypedDocumentNode<
  { relations: { edges: { node: { kind: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { first: number; after?: string | null }
> = parse(
  'query RelationEdgesQuery($first: Int, $after: String) { relations(first: $first, after: $after) { edges { node { kind } } pageInfo { hasNextPage endCursor } } }',
);

describe('@parley/client against the real server', () => {
  let server: RunningServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer('sqlite');
    url = `${server.url}/graphql`;
  });
  afterAll(() => server.stop());

  it('returns the data a typed document asks for', async () => {
    const client = createClient({ url });
    const data = await client.request(ActorNameQuery, { slug: 'nicolas-maduro' });
    expect(data.actor?.name).toBe('Nicolás Maduro');
  });

  it('throws a ParleyError with every error and its code', async () => {
    const client = createClient({ url });
    const error = await client
      .request(PathsQuery, { from: 'nobody-at-all', to: 'nicolas-maduro' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    const parley = error as ParleyError;
    expect(parley.code).toBe('NOT_FOUND');
    expect(parley.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'from' });
    expect(parley.message).toMatch(/^NOT_FOUND: /);

    const invalid = await client.request(UnknownFieldQuery).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ParleyError);
    expect((invalid as ParleyError).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((invalid as ParleyError).status).toBe(400);
  });

  it('pages through a connection by its end cursor, nodes or edges, until the last page', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const client = createClient({ url, fetch: counting });
    const { actors } = await client.request(ActorPageQuery, { first: 100 });
    requests = 0;
    const slugs: string[] = [];
    for await (const actor of client.paginate(ActorPageQuery, { first: 5 }, { connection: (data) => data.actors })) {
      slugs.push(actor.slug);
    }
    expect(slugs).toEqual(actors.nodes.map((actor) => actor.slug));
    expect(new Set(slugs).size).toBe(actors.totalCount);
    expect(requests).toBe(Math.ceil(actors.totalCount / 5));

    const kinds: unknown[] = [];
    for await (const relation of client.paginate(RelationEdgesQuery, { first: 4 }, { connection: 'relations' })) {
      kinds.push(relation);
    }
    expect(kinds.length).toBeGreaterThan(4);
  });

  it('sends the token and headers it is given: a real token reads, an unknown one is refused', async () => {
    const made = runApiCli('user', ['create', '--role', 'reader', '--name', 'client-reader'], server.databaseUrl);
    expect(made.status, made.stderr).toBe(0);
    const issued = runApiCli('token', ['create', '--user', 'client-reader'], server.databaseUrl);
    expect(issued.status, issued.stderr).toBe(0);
    const token = issued.stdout.trim();
    const seen: Headers[] = [];
    const clientWith = (secret: string) =>
      createClient({
        url,
        token: secret,
        headers: { 'x-request-id': 'client-test-1' },
        fetch: (input, init) => {
          seen.push(new Headers(init?.headers));
          return fetch(input, init);
        },
      });
    const data = await clientWith(token).request(ActorNameQuery, { slug: 'nicolas-maduro' });
    expect(data.actor?.name).toBe('Nicolás Maduro');
    expect(seen[0]?.get('authorization')).toBe(`Bearer ${token}`);
    expect(seen[0]?.get('x-request-id')).toBe('client-test-1');

    const refused = await clientWith('parley_not-a-token')
      .request(ActorNameQuery, { slug: 'nicolas-maduro' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ParleyError);
    expect((refused as ParleyError).code).toBe('UNAUTHENTICATED');
  });

  it('throws a ParleyTransportError with the status when the server does not answer in GraphQL', async () => {
    const wrongPath = await createClient({ url: `${server.url}/not-graphql` })
      .request(ActorNameQuery, { slug: 'nicolas-maduro' })
      .catch((e: unknown) => e);
    expect(wrongPath).toBeInstanceOf(ParleyTransportError);
    expect((wrongPath as ParleyTransportError).status).toBe(404);

    const unreachable = await createClient({ url: 'http://127.0.0.1:9/graphql' })
      .request(ActorNameQuery, { slug: 'nicolas-maduro' })
      .catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(ParleyTransportError);
    expect((unreachable as ParleyTransportError).status).toBeUndefined();
  });
});
