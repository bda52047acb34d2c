/**
 * @parley/client — a tiny typed client for Parley's GraphQL API (and any GraphQL-over-HTTP server).
 *
 * - `createClient({ url, token?, fetch?, headers? })`
 * - `client.request(document, variables)`: the data, typed by the document (a `TypedDocumentNode`
 *   from GraphQL Code Generator), or a thrown `ParleyError` carrying every GraphQL error with its
 *   `extensions.code`, or a `ParleyTransportError` when the server could not be reached or did not
 *   answer in GraphQL.
 * - `client.paginate(document, variables, { connection })`: every node of a Relay connection, page
 *   after page, following `pageInfo.endCursor` through the `after` variable.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export type { TypedDocumentNode };

export interface ClientOptions {
  /** The GraphQL endpoint (`http://localhost:4000/graphql`). */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The fetch to use (default: the global one, in Node 20 and browsers). */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
}

/** One GraphQL error as the server sends it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The server answered with GraphQL errors: each is in `errors`, with its `extensions.code`. */
export class ParleyError extends Error {
  override readonly name = 'ParleyError';

  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    /** The HTTP status of the response (200 for errors during execution). */
    readonly status: number,
    /** Whatever data came with the errors (null when the request did not run). */
    readonly data: unknown = null,
  ) {
    super(
      errors.map((error) => (error.extensions?.code ? `${error.extensions.code}: ` : '') + error.message).join('; '),
    );
  }

  /** The code of the first error (`NOT_FOUND`, `BAD_USER_INPUT`…). */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** Every code the errors carry, once each. */
  get codes(): string[] {
    return [...new Set(this.errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : [])))];
  }
}

/** No GraphQL answer: the network failed (`status` undefined) or the server answered something else. */
export class ParleyTransportError extends Error {
  override readonly name = 'ParleyTransportError';

  constructor(
    message: string,
    /** The HTTP status, when the server answered at all. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The parts of a Relay connection `paginate` reads: `nodes` or `edges { node }`, and `pageInfo`. */
export interface ConnectionLike<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes?: readonly TNode[] | null;
  edges?: readonly ({ node: TNode } | null)[] | null;
}

/** Variables of a connection query: `paginate` sets `after`. */
export interface PageVariables {
  after?: string | null;
}

export interface PaginateOptions<TData, TNode> {
  /** Where the connection is in the data: a function, or a dotted path (`"actor.relations"`). */
  connection: ((data: TData) => ConnectionLike<TNode> | null | undefined) | string;
}

export interface ParleyClient {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables]
  ): Promise<TData>;
  paginate<TData, TVariables extends PageVariables & Record<string, unknown>, TNode>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: Omit<TVariables, 'after'>,
    options: PaginateOptions<TData, TNode>,
  ): AsyncGenerator<TNode, void, undefined>;
}

/** The printed text of each document, printed once. */
const printed = new WeakMap<DocumentNode, string>();

function textOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function follow(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), data);
}

export function createClient(options: ClientOptions): ParleyClient {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // GraphQL over HTTP: with this media type, requests that fail to validate answer 4xx.
    accept: 'application/graphql-response+json, application/json;q=0.9',
    ...options.headers,
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };

  async function request<TData>(document: DocumentNode, variables?: Record<string, unknown>): Promise<TData> {
    let response: Response;
    try {
      response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: textOf(document), variables }),
      });
    } catch (error) {
      // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is in its cause.
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      const reason = typeof cause?.code === 'string' ? cause.code : cause?.message;
      const detail = typeof reason === 'string' ? ` (${reason})` : '';
      throw new ParleyTransportError(`cannot reach ${options.url}: ${(error as Error).message}${detail}`, undefined, {
        cause: error,
      });
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (isObject(body) && Array.isArray(body.errors) && body.errors.length) {
      throw new ParleyError(body.errors as GraphQLErrorEntry[], response.status, body.data ?? null);
    }
    if (!response.ok || !isObject(body) || !('data' in body)) {
      throw new ParleyTransportError(
        `${options.url} answered ${response.status} ${response.statusText || ''}`.trim() +
          (isObject(body) ? '' : ' without a GraphQL response'),
        response.status,
      );
    }
    return body.data as TData;
  }

  async function* paginate<TData, TNode>(
    document: DocumentNode,
    variables: Record<string, unknown>,
    { connection }: PaginateOptions<TData, TNode>,
  ): AsyncGenerator<TNode, void, undefined> {
    const select =
      typeof connection === 'string'
        ? (data: TData) => follow(data, connection) as ConnectionLike<TNode> | null | undefined
        : connection;
    let after: string | null = null;
    for (;;) {
      const page = select(await request<TData>(document, { ...variables, after }));
      if (!page) return;
      if (page.nodes) yield* page.nodes;
      else for (const edge of page.edges ?? []) if (edge) yield edge.node;
      const next = page.pageInfo.endCursor;
      // A server that says there is more but gives no new cursor would loop forever.
      if (!page.pageInfo.hasNextPage || !next || next === after) return;
      after = next;
    }
  }

  return {
    request: (document, ...[variables]) => request(document, variables),
    paginate: (document, variables, paginateOptions) => paginate(document, variables, paginateOptions),
  };
}
