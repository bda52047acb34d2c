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

export function queryComplexityPlugin<TContext extends object>(
  schema: GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document }) {
          const complexity = complexityOf(schema, document, request);
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
