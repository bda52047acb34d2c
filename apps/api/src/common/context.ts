import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { RequestLoaders } from './loaders.js';

/** What the HTTP layer and Apollo share about one request. */
export interface RequestInfo {
  id: string;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operationName?: string;
}

/** What every resolver gets for one request. */
export interface Context {
  /**
   * A fork per request, made on first use: the identity map must not leak between users. Reads
   * go through `loaders` (plain SQL, no identity map), so most requests never fork.
   */
  em: EntityManager;
  /** Batching loaders and this request's reads, created per request so their caches die with it. */
  loaders: RequestLoaders;
  logger?: Logger;
  /** The response is plain `application/json` (not `application/graphql-response+json`). */
  prefersPlainJson?: boolean;
  /** The HTTP request's id and operation name, for logs (absent in-process). */
  request?: RequestInfo;
}

export function createContext(rootEm: EntityManager, logger?: Logger): Context {
  let em: EntityManager | undefined;
  return {
    get em() {
      return (em ??= rootEm.fork());
    },
    // Reads need the connection and the metadata only, which every fork shares with the root.
    loaders: new RequestLoaders(rootEm),
    logger,
  };
}
