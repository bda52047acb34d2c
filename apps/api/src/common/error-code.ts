/**
 * Every code the API sends in an error's `extensions.code`, each with what it means: the codes
 * Parley raises itself, the ones Apollo Server and graphql-armor raise on its behalf, and the HTTP
 * app's own. The server sends no other (formatError turns an unlisted code into
 * INTERNAL_SERVER_ERROR and logs it), and `npm run generate` copies this list into
 * @parley/schema for clients.
 */
const descriptions = {
  BAD_USER_INPUT:
    'An argument or variable is out of range, malformed (a cursor, an ID) or of the wrong type; `argumentName` or, in a mutation, `path` names it.',
  NOT_FOUND:
    'Nothing has the slug or ID an argument gives (`from` or `to` of `paths`, the node a mutation edits); `argumentName` or `path` names it.',
  QUERY_TOO_COMPLEX:
    'The query could fetch too much: ask for fewer items with `first`, or nest lists less deeply (`complexity`, `maxComplexity`).',
  GRAPHQL_PARSE_FAILED: 'The query is not GraphQL, or has more tokens than the API reads.',
  GRAPHQL_VALIDATION_FAILED:
    'The query does not fit the schema (an unknown field or argument), or nests, aliases or repeats directives past the limits.',
  OPERATION_RESOLUTION_FAILURE:
    'The request does not say which operation to run: several without `operationName`, or none by that name.',
  PERSISTED_QUERY_NOT_FOUND: 'The server does not know this persisted query hash: send the query text with it once.',
  BAD_REQUEST:
    'Not a GraphQL request the server takes: no query, malformed JSON or parameters, a mutation over GET, or a cross-site request (preflight, cookie).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the server reads.',
  TIMEOUT:
    'The operation ran past its deadline (`deadlineMs`), or a database statement past its own: ask for less, or retry later.',
  RESPONSE_TOO_LARGE:
    'The answer would be larger than the server sends (`maxBytes`): ask for fewer items with `first`.',
  DATABASE_UNAVAILABLE: 'The database is not answering (stopped, restarting or unreachable): retry later.',
  UNAUTHENTICATED:
    'It needs a signed-in user or an API token (`Authorization: Bearer …`): none, a revoked or expired one, or `signIn` refused a wrong name or password.',
  SIGN_IN_LOCKED:
    'Too many failed sign-ins for this name or address (`lockedBy`), counted across instances: retry after `retryAfter` seconds (HTTP 429).',
  FORBIDDEN: 'The signed-in user or token lacks the role the operation needs (`requiredRole`).',
  CONFLICT:
    'The node changed since it was read (`currentVersion`), or a later change is in the way of a revert (`conflictingChangeId`).',
  INTERNAL_SERVER_ERROR: 'The server failed; the details are in its log, not in the response.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof descriptions;

/** The codes by name, so that code never spells one out: `ErrorCode.NOT_FOUND`. */
export const ErrorCode = Object.freeze(
  Object.fromEntries(Object.keys(descriptions).map((code) => [code, code])) as { readonly [C in ErrorCode]: C },
);

/** What each code means, in one line. */
export const errorCodeDescriptions: Readonly<Record<ErrorCode, string>> = descriptions;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(descriptions, value);
}
