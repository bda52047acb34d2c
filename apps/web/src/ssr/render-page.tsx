import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { print, type FormattedExecutionResult } from 'graphql';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, matchRoutes, StaticRouterProvider } from 'react-router';
import { Observable } from 'rxjs';
import { createCache } from '../apollo';
import { ROUTE_PATHS, SERVER_RENDERED_ROUTES } from '../route-paths';
import { routes } from '../routes';
import { ServerPhoneGuess } from '../ui/viewport';
import { SERVER_RENDERED_ATTRIBUTE, serverDataElement } from './server-data';

/** One GraphQL request, as the server executes it for the page it renders. */
export interface PageRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export type ExecutePageRequest = (request: PageRequest) => Promise<FormattedExecutionResult>;

/** A view rendered on the server, as the page the server sends carries it. */
export interface RenderedPage {
  /** `#root` with the view drawn in it, marked as the server's (SERVER_RENDERED_ATTRIBUTE) until the app takes over. */
  root: string;
  /** What follows `#root`: the answers the view was drawn from, for the browser's client to start from. */
  data: string;
  /** The view's `<title>` text (HTML), when it names itself. */
  title: string | undefined;
  /** The HTTP status the view calls for: 404 for an address that names nothing (see NotFoundPage). */
  status: number;
}

const SERVER_RENDERED_PATHS = new Set<string>(SERVER_RENDERED_ROUTES.map((name) => ROUTE_PATHS[name]));

/** Whether the server renders the view at this path (the playground and the forms start in the browser). */
export function rendersOnServer(path: string): boolean {
  const matches = matchRoutes(routes, path);
  const view = matches?.[matches.length - 1]?.route;
  if (!view) return false;
  return view.index ? SERVER_RENDERED_PATHS.has(ROUTE_PATHS.overview) : SERVER_RENDERED_PATHS.has(view.path ?? '');
}

/**
 * Renders the view at `url` as the browser's first render will draw it, with the data it asks for:
 * the page then shows its content as soon as its HTML arrives, and the app, started over the same
 * cache, draws the same thing in its place. Queries are run by `execute` (the server's own schema,
 * in process); their errors, a view that redirects or one not rendered here give `undefined`.
 * `phone`: whether the request comes from a phone (views that start differently there, see
 * ServerPhoneGuess).
 */
export async function renderPage(
  url: string,
  execute: ExecutePageRequest,
  { signal, phone = false }: { signal?: AbortSignal; phone?: boolean } = {},
): Promise<RenderedPage | undefined> {
  const location = new URL(url, 'http://parley.invalid');
  if (!rendersOnServer(location.pathname)) return undefined;
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(location, { signal }));
  if (context instanceof Response) return undefined;

  // A query that answers errors leaves the page to the browser, which shows them as it always does.
  const answers = { failed: false };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        execute({
          query: print(operation.query),
          variables: operation.variables,
          operationName: operation.operationName,
        }).then(
          (result) => {
            if (result.errors?.length) answers.failed = true;
            observer.next(result);
            observer.complete();
          },
          (error: unknown) => {
            answers.failed = true;
            observer.error(error);
          },
        );
      }),
  );
  const client = new ApolloClient({ link, cache: createCache(), ssrMode: true });
  const router = createStaticRouter(handler.dataRoutes, context);
  const { result, aborted } = await prerenderStatic({
    tree: (
      <ServerPhoneGuess.Provider value={phone}>
        <ApolloProvider client={client}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </ApolloProvider>
      </ServerPhoneGuess.Provider>
    ),
    renderFunction: renderToString,
    signal,
    maxRerenders: 5,
  });
  if (aborted || answers.failed) return undefined;
  // React writes a view's <title> where the view renders it; the page carries it in its head.
  const titles = /<title>([^<]*)<\/title>/.exec(result);
  return {
    root: `<div id="root" ${SERVER_RENDERED_ATTRIBUTE}>${result.replace(/<title>[^<]*<\/title>/g, '')}</div>`,
    data: serverDataElement(client.extract()),
    title: titles?.[1],
    status: /<[a-z]+ [^>]*data-status="404"/.test(result) ? 404 : 200,
  };
}
