import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { badUserInput } from './errors.js';
import { ErrorCode } from './error-code.js';
import { everyRequest } from './combined-plugins.js';

/** Longest slug an argument may name: far above any real one, far below harm. */
export const MAX_SLUG_LENGTH = 200;

/** Longest string any argument or variable may carry (cursors, IDs and search text included). */
export const MAX_STRING_LENGTH = 2000;

/**
 * Longest string a mutation's input may carry: a document's text is a whole article. The request
 * body limit bounds it too, and each mutation checks its fields against their columns.
 */
export const MAX_MUTATION_STRING_LENGTH = 100_000;

/** Arguments that name something by its slug. */
const SLUG_ARGUMENTS = new Set(['slug', 'from', 'to', 'speaker']);

/** UTF-16 halves that encode no character (and no UTF-8 either). */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** Why a string argument or variable cannot be taken, or undefined when it can. */
function stringProblem(value: string, argumentName: string | undefined, maxLength: number): string | undefined {
  const name = argumentName ? `"${argumentName}"` : 'A string argument';
  // NUL: PostgreSQL text cannot hold it.
  if (value.includes('\0') || UNPAIRED_SURROGATE.test(value))
    return `${name} contains a NUL character or an unpaired surrogate.`;
  const limit = argumentName && SLUG_ARGUMENTS.has(argumentName) ? MAX_SLUG_LENGTH : maxLength;
  if (value.length > limit) return `${name} is limited to ${limit} characters, got ${value.length}.`;
  return undefined;
}

/** Every string inside a variable's value (lists and input objects included). */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}

/** Every string literal and variable a value node holds. */
function* literalsIn(node: ValueNode): Generator<{ literal: string } | { variable: string }> {
  if (node.kind === Kind.STRING) yield { literal: node.value };
  else if (node.kind === Kind.VARIABLE) yield { variable: node.name.value };
  else if (node.kind === Kind.LIST) for (const item of node.values) yield* literalsIn(item);
  else if (node.kind === Kind.OBJECT) for (const field of node.fields) yield* literalsIn(field.value);
}

/**
 * What a document's arguments need checked, in the order they appear: the problem of each string
 * literal that has one (a literal's problem depends on the document alone), and each variable an
 * argument names (checked against that argument's limit on every request).
 */
type InputStringStep = { problem: string; argumentName: string } | { variable: string; argumentName: string };

/** The steps of each document (Apollo keeps one parsed document per query text), by string limit. */
const inputStringSteps = new WeakMap<DocumentNode, Map<number, readonly InputStringStep[]>>();

function inputStringStepsOf(document: DocumentNode, maxLength: number): readonly InputStringStep[] {
  let byLimit = inputStringSteps.get(document);
  if (!byLimit) inputStringSteps.set(document, (byLimit = new Map<number, readonly InputStringStep[]>()));
  const known = byLimit.get(maxLength);
  if (known) return known;
  const steps: InputStringStep[] = [];
  const visitor: ASTVisitor = {
    Argument(node) {
      const argumentName = node.name.value;
      for (const item of literalsIn(node.value)) {
        if ('variable' in item) {
          steps.push({ variable: item.variable, argumentName });
          continue;
        }
        const problem = stringProblem(item.literal, argumentName, maxLength);
        if (problem) steps.push({ problem, argumentName });
      }
    },
    VariableDefinition(node) {
      if (!node.defaultValue) return;
      for (const item of literalsIn(node.defaultValue)) {
        if ('literal' in item) {
          const problem = stringProblem(item.literal, undefined, maxLength);
          if (problem) steps.push({ problem, argumentName: node.variable.name.value });
        }
      }
    },
  };
  visit(document, visitor);
  byLimit.set(maxLength, steps);
  return steps;
}

/** The first problem with the strings a request sends, as a BAD_USER_INPUT error. */
export function checkInputStrings(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxLength = MAX_STRING_LENGTH,
): GraphQLError | undefined {
  for (const step of inputStringStepsOf(document, maxLength)) {
    if ('problem' in step) return badUserInput(step.problem, step.argumentName);
    for (const text of stringsIn(variables?.[step.variable])) {
      const problem = stringProblem(text, step.argumentName, maxLength);
      if (problem) return badUserInput(problem, step.argumentName);
    }
  }
  // Then every variable under its own name: a value no argument uses is still refused.
  if (variables) {
    for (const name of Object.keys(variables)) {
      for (const text of stringsIn(variables[name])) {
        const problem = stringProblem(text, undefined, maxLength);
        if (problem) return badUserInput(problem.replace('A string argument', `Variable "$${name}"`), name);
      }
    }
  }
  return undefined;
}

/**
 * Refuses NUL characters, unpaired surrogates and over-long strings in arguments and variables
 * before anything runs: the databases reject some of them with errors that would otherwise
 * surface as internal ones.
 */
export function inputStringsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: everyRequest({
      didResolveOperation({ request, document, operation }) {
        const maxLength =
          operation?.operation === OperationTypeNode.MUTATION ? MAX_MUTATION_STRING_LENGTH : MAX_STRING_LENGTH;
        const problem = checkInputStrings(document, request.variables, maxLength);
        if (!problem) return Promise.resolve();
        // graphql-js freezes extensions: copy them with the HTTP status of a request error.
        return Promise.reject(
          new GraphQLError(problem.message, { extensions: { ...problem.extensions, http: { status: 400 } } }),
        );
      },
    }),
  };
}

/**
 * A mutation or subscription on a schema without that root type is a validation error, as the
 * GraphQL spec says (graphql-js 16 leaves it to execution, which fails as an internal error).
 */
export function knownOperationTypeRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      const rootType =
        node.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : node.operation === OperationTypeNode.SUBSCRIPTION
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      if (!rootType) {
        context.reportError(
          new GraphQLError(`This API has no ${node.operation}s: it only answers queries.`, { nodes: node }),
        );
      }
    },
  };
}

/** Codes of errors in a well-formed request that the GraphQL-over-HTTP spec answers 200 to over application/json. */
const REQUEST_ERRORS_ANSWERED_200 = new Set<unknown>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.RESPONSE_TOO_LARGE,
]);

/** The media types Apollo Server chooses between for a single result, in its order. */
export const RESPONSE_MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * GraphQL over HTTP: a client that accepts only `application/json` cannot tell a GraphQL error
 * from an HTTP one by status, so a well-formed request that fails to parse, validate or coerce
 * its variables is answered 200 there; `application/graphql-response+json` keeps the 4xx.
 * `prefersPlainJson` says which one the request negotiated.
 */
export function plainJsonStatusPlugin<TContext extends object>(
  prefersPlainJson: (context: TContext) => boolean,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: everyRequest({
      willSendResponse({ response, contextValue }) {
        const { body, http } = response;
        if (body.kind !== 'single' || 'data' in body.singleResult || http.status === undefined) {
          return Promise.resolve();
        }
        const codes = (body.singleResult.errors ?? []).map((error) => error.extensions?.code);
        if (
          http.status >= 400 &&
          http.status < 500 &&
          codes.length > 0 &&
          codes.every((code) => REQUEST_ERRORS_ANSWERED_200.has(code)) &&
          prefersPlainJson(contextValue)
        ) {
          http.status = 200;
        }
        return Promise.resolve();
      },
    }),
  };
}
