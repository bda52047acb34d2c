import type { Request } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { carriesCredentials } from '../auth/request-viewer.js';
import type { Logger } from 'pino';

/*
 * The render module's interface, as apps/web/src/ssr/render-page.tsx declares it: the API loads
 * that module from the explorer's build at run time and does not depend on the explorer's package,
 * so the types it relies on are stated here (a test renders real pages through them).
 */

/** One GraphQL request of a view the server renders, and how the server answers it (in process). */
export interface PageRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}
export type ExecutePageRequest = (request: PageRequest) => Promise<FormattedExecutionResult>;

/**
 * A rendered view: `#root` with the view in it, the data block that follows it, the view's title
 * (HTML), and the status it calls for (404 for an unknown actor or document).
 */
export interface RenderedPage {
  root: string;
  data: string;
  title: string | undefined;
  status: number;
}

/** The explorer's render module (apps/web/dist-ssr/render-page.js), as its build writes it for the server. */
interface RenderModule {
  renderPage: (
    url: string,
    execute: ExecutePageRequest,
    options: { signal?: AbortSignal; phone?: boolean },
  ) => Promise<RenderedPage | undefined>;
}

export interface PageRendering {
  /** The module the explorer's build wrote for the server; without it every page starts in the browser. */
  module: string;
  execute: ExecutePageRequest;
  logger: Logger;
  /** Longest a render may take before the page goes out without it (default 2 s; unloaded, 20–60 ms). */
  timeoutMs?: number;
  /** Renders at once; a page asked for beyond them goes out without one (default 4). */
  maxConcurrent?: number;
}

/** Renders views into the pages the server sends, or gives `undefined` where the page goes out as the plain shell. */
export type PageRenderer = (req: Request) => Promise<RenderedPage | undefined>;

/**
 * A view rendered on the server shows its content as soon as the page arrives, where the plain page
 * waits for the app's script and then for the view's answers: on a phone's network, seconds. The
 * render is a bonus, never a condition: a signed-in visitor (whose views differ from what the server
 * renders for everyone), a render that fails or runs out of time, and requests beyond the few
 * rendered at once all get the plain page, which the app fills in as it always did. The cost of a
 * page is thereby bounded whatever the traffic: a flood of page requests is a flood of static files.
 * The module is loaded on the first page asked for, not at start: a server that only answers
 * GraphQL never holds React's server renderer.
 */
export function pageRenderer({
  module,
  execute,
  logger,
  timeoutMs = 2000,
  maxConcurrent = 4,
}: PageRendering): PageRenderer | undefined {
  if (!existsSync(module)) return undefined;
  let loading: Promise<RenderModule> | undefined;
  let rendering = 0;
  return async (req) => {
    // Anyone's, not a signed-in visitor's or an API client's.
    if (carriesCredentials(req) || rendering >= maxConcurrent) return undefined;
    rendering += 1;
    try {
      // Loaded once, outside the render's time: the first page would otherwise pay for it.
      loading ??= import(pathToFileURL(module).href) as Promise<RenderModule>;
      const { renderPage } = await loading;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        const page = await renderPage(req.originalUrl, execute, { signal: abort.signal, phone: isPhone(req) });
        if (!page && abort.signal.aborted) logger.warn({ path: req.path, timeoutMs }, 'page render ran out of time');
        return page;
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      logger.warn(
        { path: req.path, reason: error instanceof Error ? error.message : String(error) },
        'page not rendered on the server',
      );
      return undefined;
    } finally {
      rendering -= 1;
    }
  };
}

/** A phone, as its browser says in its client hints, or failing those in its user agent. */
function isPhone(req: Request): boolean {
  const hint = req.get('sec-ch-ua-mobile');
  if (hint !== undefined) return hint === '?1';
  return /\bMobi/.test(req.get('user-agent') ?? '');
}

/** The page for a view with its render: the view in `#root`, its data after it, its title in the head. */
export function withRenderedView(page: string, rendered: RenderedPage): string {
  const title = rendered.title;
  const titled = title ? page.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`) : page;
  const root = titled.indexOf('<div id="root">');
  const end = titled.lastIndexOf('</div>', titled.indexOf('</body>'));
  if (root < 0 || end < root) return page;
  return `${titled.slice(0, root)}${rendered.root}${rendered.data}${titled.slice(end + '</div>'.length)}`;
}
