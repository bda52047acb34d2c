import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { RequestInfo } from '../observability.js';
import { RequestLoaders } from './loaders.js';

/** What every resolver gets for one request. */
export interface Context {
  /** A fork per request: the identity map must not leak between users. */
  em: EntityManager;
  /** Batching loaders, created per request so their caches die with it. */
  loaders: RequestLoaders;
  logger?: Logger;
  /** The response is plain `application/json` (not `application/graphql-response+json`). */
  prefersPlainJson?: boolean;
  /** The HTTP request's id and operation name, for logs (absent in-process). */
  request?: RequestInfo;
}

export function createContext(rootEm: EntityManager, logger?: Logger): Context {
  const em = rootEm.fork();
  return { em, loaders: new RequestLoaders(em), logger };
}
