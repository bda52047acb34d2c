import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from './error-code.js';
import { DEFAULT_PAGE_SIZE } from './page.args.js';
import { everyRequest } from './combined-plugins.js';

/** What a list field without a `first` argument (an actor's aliases) is assumed to hold. */
const ASSUMED_LIST_SIZE = 10;

/**
 * How many items a list field can return: its `first` (or that argument's default, which the
 * schema states) for a list that takes one, else an assumed size.
 */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const first = args.first ?? field.args.find((arg) => arg.name === 'first')?.defaultValue;
  return typeof first === 'number' ? Math.max(first, 1) : ASSUMED_LIST_SIZE;
}

/**
 * Cost that grows with what a query can fetch: a connection multiplies its selection by `first`,
 * any other list by its `first` or that argument's default (an assumed size when it has none); so
 * a query that fans out through relations of relations is refused before it runs, while a deep
 * but narrow one is not.
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fieldType = getNullableType(field.type);
  if (getNamedType(fieldType).name.endsWith('Connection')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(first, 1);
  }
  if (isListType(fieldType)) {
    // `edges` and `nodes` are already counted by their connection's `first`.
    const multiplier = type.name.endsWith('Connection') ? 1 : listSize(field, args);
    return 1 + childComplexity * multiplier;
  }
  return undefined;
};

/** The cost of the operation a request runs; undefined when its variables do not coerce. */
function complexityOf(schema: GraphQLSchema, document: DocumentNode, request: GraphQLRequest): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      // A field's own `complexity` (a fixed cost, e.g. a graph search) comes first.
      estimators: [fieldExtensionsEstimator(), listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not coerce: execution reports them as BAD_USER_INPUT, with detail.
    return undefined;
  }
}

/** Costs remembered per document: at most this many variable shapes each (then it starts over). */
const MAX_REMEMBERED_PER_DOCUMENT = 100;

/**
 * What a cost depends on among a request's variables: numbers (`first`), booleans (`@include`),
 * the length of lists (`node(ids:)`), never the text of a string, which is left out of the key.
 */
function costKey(request: GraphQLRequest): string {
  return `${request.operationName ?? ''} ${JSON.stringify(request.variables ?? {}, (_key, value: unknown) =>
    typeof value === 'string' ? '' : value,
  )}`;
}

export function queryComplexityPlugin<TContext extends object>(
  schema: GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin<TContext> {
  // Scoring walks the whole document; Apollo keeps parsed documents, so most requests repeat a
  // known document with variables of the same shape. Only costs within the limit are
  // remembered: a request that shares its key with one within the limit is within it too (or
  // its variables do not coerce, which execution reports), so refusals are computed every time.
  const allowed = new WeakMap<DocumentNode, Set<string>>();
  return {
    requestDidStart: everyRequest({
      didResolveOperation({ request, document }) {
        const key = costKey(request);
        let known = allowed.get(document);
        if (known?.has(key)) return Promise.resolve();
        const complexity = complexityOf(schema, document, request);
        if (complexity !== undefined && complexity <= maxComplexity) {
          if (!known) allowed.set(document, (known = new Set()));
          if (known.size >= MAX_REMEMBERED_PER_DOCUMENT) known.clear();
          known.add(key);
        }
        if (complexity === undefined || complexity <= maxComplexity) return Promise.resolve();
        return Promise.reject(
          new GraphQLError(
            `This query could fetch too much (complexity ${complexity}, limit ${maxComplexity}): ask for fewer items with "first", or nest lists less deeply.`,
            { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity, maxComplexity, http: { status: 400 } } },
          ),
        );
      },
    }),
  };
}
