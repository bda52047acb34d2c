import type { GraphQLResolveInfo } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { asksForTotalCount, checkPageArgs, decodeCursor, encodeCursor, PageInfo } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badUserInput } from '../common/errors.js';
import { listAwareEstimator } from '../common/query-complexity.js';
import { SearchArgs } from './search.args.js';
import { searchResults } from './search-results.js';
import { SearchResultConnection } from './search-result.type.js';
import { SEARCH_SOURCES } from './search-sources.js';
import { parseSearchText, type SearchTerms } from './search-text.js';
import { searchDialect, type SearchPosition } from './search.service.js';

/**
 * Fixed cost of a search in the complexity limit, on top of what it selects: it ranks every
 * match in six full-text indexes, and marks the words of each hit on the page.
 */
const SEARCH_COMPLEXITY = 50;

const searchComplexity: ComplexityEstimator = (options) => SEARCH_COMPLEXITY + (listAwareEstimator(options) ?? 0);

/** What a search's cursors belong to: the same words and kinds, written canonically. */
function cursorList(terms: SearchTerms, kinds: readonly string[]): string {
  return `SearchResult:${terms.canonical}:${kinds.join(',')}`;
}

const notACursor = () => badUserInput('"after" is not a cursor returned by this search.', 'after');

/** The position an `after` cursor of this search points at; any other cursor is a client error. */
function positionAfter(after: string, list: string): SearchPosition {
  const { list: cursorOf, values } = decodeCursor(after);
  const [rank, kindOrder, id] = values;
  if (cursorOf !== list || values.length !== 3) throw notACursor();
  if (typeof rank !== 'number' || !Number.isInteger(kindOrder) || !Number.isInteger(id)) throw notACursor();
  return { rank, kindOrder: Number(kindOrder), id: Number(id) };
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    complexity: searchComplexity,
    description:
      'Finds anything by its words: actors (names, aliases), events (titles, places), relations (summaries, demands, levers), statements, figures, and the text of the documents (the passage that matches). Hits are ranked by relevance, best first, and say which words matched.',
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { em }: Context, @Info() info: GraphQLResolveInfo) {
    const terms = parseSearchText(args.text);
    const first = checkPageArgs({ first: args.first });
    const kinds = args.kinds?.length ? [...new Set(args.kinds)].sort() : [];
    const sources = kinds.length ? SEARCH_SOURCES.filter((source) => kinds.includes(source.kind)) : SEARCH_SOURCES;
    const list = cursorList(terms, kinds);
    const after = args.after == null ? null : positionAfter(args.after, list);

    const dialect = searchDialect(em, terms);
    // One more than the page says whether another follows.
    const ranked = await dialect.page(sources, after, first + 1);
    const page = ranked.slice(0, first);
    const edges = await searchResults(em, dialect, page, (hit) =>
      encodeCursor(list, [hit.rank, hit.kindOrder, hit.id]),
    );
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: asksForTotalCount(info) ? await dialect.count(sources) : -1,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: ranked.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    };
  }
}
