import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { RequestLoaders } from './loaders.js';
import type { Viewer } from './viewer.js';

/** What the HTTP layer and Apollo share about one request. */
export interface RequestInfo {
  id: string;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operationName?: string;
}

/** The session cookie of an HTTP request's response, for signing in and out. */
export interface SessionCookie {
  /** Sends the cookie carrying a new session's secret. */
  set(secret: string): void;
  /** Tells the browser to forget the cookie. */
  clear(): void;
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
  /** The user the request acts for; absent when it carries no valid token or session. */
  viewer?: Viewer;
  /** The client's address (behind a proxy on loopback, the one it forwards): sign-in failures are counted per address too. */
  clientAddress?: string;
  /** The response's session cookie: present over HTTP, absent in-process (no browser to hold it). */
  sessionCookie?: SessionCookie;
}

/**
 * The context of one request. The entity manager is a getter on the prototype, not an own
 * property, so that copying the context (Apollo's `executeOperation` does) does not fork it.
 * The HTTP layer extends it with what it reads of the request.
 */
export class RequestContext implements Context {
  readonly loaders: RequestLoaders;
  /** This request's fork, once something asked for it. */
  private forked?: EntityManager;

  constructor(
    private readonly rootEm: EntityManager,
    readonly logger?: Logger,
    readonly viewer?: Viewer,
  ) {
    // Reads need the connection and the metadata only, which every fork shares with the root.
    this.loaders = new RequestLoaders(rootEm);
  }

  get em(): EntityManager {
    return (this.forked ??= this.rootEm.fork());
  }
}

export function createContext(rootEm: EntityManager, logger?: Logger, viewer?: Viewer): Context {
  return new RequestContext(rootEm, logger, viewer);
}
