import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  GraphQLError,
  Kind,
  OperationTypeNode,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery as JitCompiledQuery } from 'graphql-jit';

/** What a query's operation has led to so far: seen once, compiled, or left to graphql-js. */
type Compilation = 'seen once' | 'not compiled' | CompiledQuery;
type CompiledQuery = JitCompiledQuery<Record<string, unknown>, Record<string, unknown>>;

/**
 * Runs queries through graphql-jit: a query's operation is compiled into a function the second
 * time it runs and that function executes it from then on, without graphql-js's per-field work
 * (argument values, path and info objects, a promise per object). Compiling costs more than
 * executing, so a query seen once (most of a client sending endless distinct queries) runs in
 * graphql-js. The compiled functions hang off Apollo Server's parsed documents, so they are bounded
 * by its document cache and go with the documents it evicts. Mutations, subscriptions,
 * introspection and anything jit refuses to compile run in graphql-js: none of them repeats often.
 *
 * Apollo Server 5 has no executor option; a gateway supplies one (after Apollo's parsing,
 * validation and every plugin hook but execution's own, which resolves no field here).
 */
export function compiledExecution<TContext extends BaseContext>(
  schema: GraphQLSchema,
): ApolloServerOptionsWithGateway<TContext>['gateway'] {
  const compilations = new WeakMap<OperationDefinitionNode, Compilation>();

  function compiledFor(
    operation: OperationDefinitionNode,
    document: DocumentNode,
    operationName: string | undefined,
  ): CompiledQuery | undefined {
    const known = compilations.get(operation);
    if (known === undefined) {
      compilations.set(operation, isCompilable(operation) ? 'seen once' : 'not compiled');
      return undefined;
    }
    if (known !== 'seen once') return known === 'not compiled' ? undefined : known;
    let compiled: Compilation = 'not compiled';
    try {
      // Errors carry their cause's stack (or none): capturing one per error costs and shows nothing.
      const result = compileQuery<Record<string, unknown>, Record<string, unknown>>(schema, document, operationName, {
        disablingCapturingStackErrors: true,
      });
      if (isCompiledQuery(result)) compiled = result;
    } catch {
      // graphql-js runs what jit cannot compile, and reports its own errors.
    }
    compilations.set(operation, compiled);
    return compiled === 'not compiled' ? undefined : compiled;
  }

  let unsubscribed = false;
  return {
    onSchemaLoadOrUpdate(callback) {
      if (!unsubscribed) callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {
        unsubscribed = true;
      };
    },
    load: () =>
      Promise.resolve({
        executor: async ({ document, operation, request, context }): Promise<ExecutionResult> => {
          // Apollo types the operation as always there, but it is not when a document has several
          // and the request names none: graphql-js then reports which name is missing.
          const resolved = operation as OperationDefinitionNode | undefined;
          const compiled = resolved ? compiledFor(resolved, document, request.operationName) : undefined;
          if (compiled) {
            const result = await compiled.query(undefined, context, request.variables);
            // No data at all: the variables were refused before anything ran. graphql-js words those
            // errors as Apollo Server expects (which answers them 400 BAD_USER_INPUT).
            if (result.data !== undefined) return withGraphQLErrors(result);
          }
          return execute({
            schema,
            document,
            contextValue: context,
            variableValues: request.variables,
            operationName: request.operationName,
          });
        },
      }),
    stop: () => Promise.resolve(),
  };
}

/**
 * The result with graphql-js's own errors in place of graphql-jit's: jit's leave `extensions`
 * undefined when their cause has none, where Apollo Server (reading the code) and graphql-js
 * promise an object. Message, path, locations, cause and extensions stay as they were.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) =>
    // locations: graphql-js derives them from AST nodes, which jit's errors do not keep.
    Object.assign(
      new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError,
        extensions: error.extensions,
      }),
      { locations: error.locations },
    ),
  );
  return { ...result, errors };
}

/** A query that reads data: introspection (the playground's, once per page) stays with graphql-js. */
function isCompilable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.QUERY &&
    !operation.selectionSet.selections.some(
      (selection) =>
        selection.kind === Kind.FIELD && (selection.name.value === '__schema' || selection.name.value === '__type'),
    )
  );
}
