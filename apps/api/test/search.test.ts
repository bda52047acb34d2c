import { graphql } from './gql/index.js';
import type { SearchQuery } from './gql/graphql.js';
import { describeEachDatabase } from '@parley/test-support/vitest';
import type { GraphQLFormattedError } from 'graphql';
import { expect, it } from 'vitest';
import { ActorKind } from '../src/actor/actor-kind.js';
import { Actor } from '../src/actor/actor.entity.js';
import { createContext } from '../src/common/context.js';
import { searchable } from '../src/common/search.js';
import { SEARCH_SOURCES } from '../src/search/search-sources.js';
import { parseSearchText } from '../src/search/search-text.js';
import { searchDialect } from '../src/search/search.service.js';
import { useTestApi } from './harness.js';

const SearchQuery = graphql(`
  query SearchQuery($text: String!, $kinds: [SearchResultKind!], $first: Int, $after: String) {
    search(text: $text, kinds: $kinds, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        kind
        rank
        matchedWords
        snippet {
          text
          highlights {
            start
            end
          }
        }
        span {
          start
          end
          document {
            slug
            text
          }
        }
        node {
          __typename
          id
          ... on Actor {
            slug
            name
          }
          ... on Event {
            title
            location
          }
          ... on Statement {
            kind
            text
          }
          ... on Figure {
            amount
            summary
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

type Hit = SearchQuery['search']['edges'][number];

/** The words a snippet marks, as they are written there. */
function marked(hit: Hit): string[] {
  return hit.snippet.highlights.map(({ start, end }) => hit.snippet.text.slice(start, end));
}

function expectBadUserInput(errors: readonly GraphQLFormattedError[] | undefined, argumentName: string) {
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
}

describeEachDatabase('search', (database) => {
  const api = useTestApi(database);

  async function search(text: string, variables: { kinds?: Hit['kind'][]; first?: number; after?: string } = {}) {
    const result = await api.execute(SearchQuery, { text, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.search;
  }

  it('finds the figure by "$2 billion", marking both words', async () => {
    const { edges } = await search('$2 billion');
    const figures = edges.filter((hit) => hit.kind === 'FIGURE');
    expect(figures).toHaveLength(1);
    const figure = figures[0]!;
    expect(figure.node).toMatchObject({ __typename: 'Figure', amount: 2_000_000_000 });
    expect(figure.matchedWords).toEqual(['2', 'billion']);
    expect(marked(figure)).toEqual(['2', 'billion']);
    // The other figure ($740 million) has neither word.
    expect(edges.map((hit) => hit.snippet.text).join(' ')).not.toMatch(/740/);
  });

  it('finds the statements that "declined", and the passages of the article that say so', async () => {
    const { edges, totalCount } = await search('declined');
    const statements = edges.filter((hit) => hit.kind === 'STATEMENT');
    expect(statements).toHaveLength(2);
    expect(statements.map((hit) => hit.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'DECLINED_TO_COMMENT',
          text: 'The US National Security Council declined to comment.',
        }),
        expect.objectContaining({
          kind: 'DECLINED_TO_COMMENT',
          text: 'A press official for the Venezuelan Affairs Unit declined to comment on Palmieri’s participation.',
        }),
      ]),
    );
    for (const hit of statements) {
      expect(hit.matchedWords).toEqual(['declined']);
      expect(marked(hit)).toEqual(['declined']);
    }
    const documentHit = edges.find((hit) => hit.kind === 'DOCUMENT_TEXT');
    expect(documentHit?.span).toBeTruthy();
    const { start, end, document } = documentHit!.span!;
    // The span is a whole paragraph of the stored text that says it.
    expect(document.text.slice(start, end)).toMatch(/declined to comment/);
    expect(document.text.slice(start, end)).not.toMatch(/\n/);
    expect(marked(documentHit!)).toContain('declined');
    expect(totalCount).toBe(edges.length);
  });

  it('finds the event by its place, "Mexico City", before the facts that only mention it', async () => {
    const { edges } = await search('Mexico City');
    const first = edges[0]!;
    expect(first.kind).toBe('EVENT');
    expect(first.node).toMatchObject({ title: 'Secret US–Venezuela meeting in Mexico City', location: 'Mexico City' });
    expect(first.matchedWords).toEqual(['mexico', 'city']);
    expect(marked(first)).toEqual(['Mexico', 'City', 'Mexico', 'City']);
  });

  it('finds an actor by an alias, ranking the actor it names first', async () => {
    const { edges } = await search('Biden');
    expect(edges[0]!.node).toMatchObject({ __typename: 'Actor', slug: 'joe-biden' });
    expect(edges[0]!.matchedWords).toEqual(['biden']);
    // Ranked best first.
    const ranks = edges.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('ignores accents and matches the start of the last word', async () => {
    const accentless = await search('jorge rodriguez', { kinds: ['ACTOR'] });
    expect(accentless.edges[0]?.node).toMatchObject({ name: 'Jorge Rodríguez' });
    expect(new Set(marked(accentless.edges[0]!))).toEqual(new Set(['Jorge', 'Rodríguez']));
    const typing = await search('Mex', { kinds: ['EVENT'] });
    expect(typing.edges.map((hit) => hit.node)).toContainEqual(expect.objectContaining({ location: 'Mexico City' }));
  });

  it('keeps to the kinds asked for', async () => {
    const { edges } = await search('Maduro', { kinds: ['ACTOR', 'STATEMENT'] });
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((hit) => hit.kind))).toEqual(new Set(['ACTOR']));
  });

  it('pages through every hit once, in rank order', async () => {
    const all = await search('Venezuela', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const { edges, pageInfo } = await search('Venezuela', { first: 3, ...(after ? { after } : {}) });
      expect(edges.length).toBeLessThanOrEqual(3);
      seen.push(...edges.map((hit) => `${hit.kind}:${hit.node.id}`));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((hit) => `${hit.kind}:${hit.node.id}`));
    expect(seen).toHaveLength(all.totalCount);
  });

  it('finds nothing, without error, for words no fact holds', async () => {
    const { edges, totalCount, pageInfo } = await search('zeppelin');
    expect(edges).toEqual([]);
    expect(totalCount).toBe(0);
    expect(pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it('refuses text with no word, over-long text, a page too large, and foreign cursors', async () => {
    expectBadUserInput((await api.execute(SearchQuery, { text: '   ' })).errors, 'text');
    expectBadUserInput((await api.execute(SearchQuery, { text: '$ % &' })).errors, 'text');
    expectBadUserInput((await api.execute(SearchQuery, { text: 'oil '.repeat(60) })).errors, 'text');
    expectBadUserInput((await api.execute(SearchQuery, { text: 'a b c d e f g h i j k l m' })).errors, 'text');
    expectBadUserInput((await api.execute(SearchQuery, { text: 'oil', first: 101 })).errors, 'first');
    expectBadUserInput((await api.execute(SearchQuery, { text: 'oil', first: -1 })).errors, 'first');
    expectBadUserInput((await api.execute(SearchQuery, { text: 'oil', after: 'not a cursor' })).errors, 'after');
    // A cursor of another search, or of another list, does not continue this one.
    const other = await search('Venezuela', { first: 1 });
    const cursor = other.pageInfo.endCursor!;
    expectBadUserInput((await api.execute(SearchQuery, { text: 'oil', after: cursor })).errors, 'after');
    const actors = await api.request('{ actors(first: 1) { pageInfo { endCursor } } }');
    const actorCursor = (actors.result.data as { actors: { pageInfo: { endCursor: string } } }).actors.pageInfo
      .endCursor;
    expectBadUserInput((await api.execute(SearchQuery, { text: 'Venezuela', after: actorCursor })).errors, 'after');
  });

  it('reads each kind through its full-text index', async () => {
    const { em } = createContext(api.db.orm.em);
    const { sql, params } = searchDialect(em, parseSearchText('declined')).pageSql(SEARCH_SOURCES, null, 21);
    const connection = em.getConnection();
    /** The plan's lines: PostgreSQL's EXPLAIN text, or SQLite's EXPLAIN QUERY PLAN details. */
    const planOf = async (rows: Promise<unknown>) =>
      ((await rows) as Record<string, string>[]).map((row) => row['QUERY PLAN'] ?? row.detail).join('\n');
    let plan: string;
    if (database === 'postgresql') {
      // The seed story is small enough that PostgreSQL would rather read it all: ask whether it can use the indexes.
      plan = await em.transactional(async (tx) => {
        const inTransaction: unknown = tx.getTransactionContext();
        await connection.execute('set local enable_seqscan = off', [], 'run', inTransaction);
        return planOf(connection.execute(`explain ${sql}`, params, 'all', inTransaction));
      });
      for (const { entity } of SEARCH_SOURCES) {
        expect(plan).toContain(`Bitmap Index Scan on ${entity.name.toLowerCase()}_fulltext_vector_index`);
      }
    } else {
      plan = await planOf(connection.execute(`explain query plan ${sql}`, params));
      for (const { entity } of SEARCH_SOURCES) {
        expect(plan).toMatch(new RegExp(`SCAN ${entity.name.toLowerCase()}_fulltext VIRTUAL TABLE INDEX \\d+:M`));
      }
    }
    expect(plan).not.toMatch(/Seq Scan|SCAN (actor|event|relation|statement|figure|document)\b(?!_)/);
  });

  it('counts a search in the query complexity limit', async () => {
    const { status, result } = await api.request(`{
      search(text: "Venezuela", first: 100) {
        nodes { ... on Actor { relations(first: 200) { summary evidence(first: 100) { quote } } } }
      }
    }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(status).toBe(400);
  });
});

describeEachDatabase('search index upkeep', (database) => {
  const api = useTestApi(database);

  async function actorHits(text: string): Promise<string[]> {
    const result = await api.execute(SearchQuery, { text, kinds: ['ACTOR'] });
    expect(result.errors).toBeUndefined();
    return result.data!.search.edges.map((hit) => (hit.node.__typename === 'Actor' ? hit.node.slug : ''));
  }

  it('follows every insert, update and delete, whoever writes them', async () => {
    const em = api.db.orm.em.fork();
    expect(await actorHits('Quetzalcoatl')).toEqual([]);
    const actor = em.create(Actor, {
      slug: 'quetzalcoatl',
      name: 'Quetzalcoatl',
      kind: ActorKind.PERSON,
      searchText: searchable('Quetzalcoatl', 'quetzalcoatl'),
    });
    await em.flush();
    expect(await actorHits('Quetzalcoatl')).toEqual(['quetzalcoatl']);

    actor.name = 'Tlaloc';
    actor.searchText = searchable('Tlaloc');
    await em.flush();
    expect(await actorHits('Tlaloc')).toEqual(['quetzalcoatl']);
    expect(await actorHits('Quetzalcoatl')).toEqual([]);

    em.remove(actor);
    await em.flush();
    expect(await actorHits('Tlaloc')).toEqual([]);
  });
});
