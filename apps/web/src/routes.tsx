import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout, RouteError } from './layout/app-layout';
import { ROUTE_PATHS } from './route-paths';
import { NotFoundPage } from './routes/not-found-page';
import { LoadingState } from './ui/states';

/**
 * Every view has its own URL (from ROUTE_PATHS, which the server reads too); each loads its code on
 * first visit (route-level splitting). The browser's router and the server's first render
 * (ssr/render-page.tsx) both build on this table.
 */
export const routes: RouteObject[] = [
  {
    path: ROUTE_PATHS.overview,
    Component: AppLayout,
    ErrorBoundary: RouteError,
    // Shown while the first view's code loads: the same header and loading line as index.html
    // paints before any script runs, so that nothing moves when the app takes over from it.
    HydrateFallback: () => (
      <>
        <header className="site-header">
          <span className="brand">Parley</span>
        </header>
        <main id="main">
          <LoadingState what="Opening Parley" />
        </main>
      </>
    ),
    children: [
      {
        index: true,
        lazy: () => import('./routes/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
      },
      {
        path: ROUTE_PATHS.network,
        lazy: () => import('./routes/network/network-page').then((m) => ({ Component: m.NetworkPage })),
      },
      {
        path: ROUTE_PATHS.pressure,
        lazy: () => import('./routes/pressure/pressure-page').then((m) => ({ Component: m.PressurePage })),
      },
      {
        path: ROUTE_PATHS.actor,
        lazy: () => import('./routes/actors/actor-page').then((m) => ({ Component: m.ActorPage })),
      },
      {
        path: ROUTE_PATHS.timeline,
        lazy: () => import('./routes/timeline/timeline-page').then((m) => ({ Component: m.TimelinePage })),
      },
      {
        path: ROUTE_PATHS.statements,
        lazy: () => import('./routes/statements/statements-page').then((m) => ({ Component: m.StatementsPage })),
      },
      {
        path: ROUTE_PATHS.figures,
        lazy: () => import('./routes/figures/figures-page').then((m) => ({ Component: m.FiguresPage })),
      },
      {
        path: ROUTE_PATHS.documents,
        lazy: () => import('./routes/documents/documents-page').then((m) => ({ Component: m.DocumentsPage })),
      },
      {
        path: ROUTE_PATHS.newDocument,
        lazy: () => import('./editing/new-document-page').then((m) => ({ Component: m.NewDocumentPage })),
      },
      {
        path: ROUTE_PATHS.reader,
        lazy: () => import('./routes/documents/reader-page').then((m) => ({ Component: m.ReaderPage })),
      },
      {
        path: ROUTE_PATHS.paths,
        lazy: () => import('./routes/paths/paths-page').then((m) => ({ Component: m.PathsPage })),
      },
      {
        path: ROUTE_PATHS.playground,
        lazy: () => import('./playground/playground-page').then((m) => ({ Component: m.PlaygroundPage })),
      },
      {
        path: ROUTE_PATHS.signIn,
        lazy: () => import('./editing/sign-in-page').then((m) => ({ Component: m.SignInPage })),
      },
      {
        path: ROUTE_PATHS.changes,
        lazy: () => import('./editing/history/recent-changes-page').then((m) => ({ Component: m.RecentChangesPage })),
      },
      // The server answers these with 404 too (it reads ROUTE_PATHS from the build).
      { path: '*', Component: NotFoundPage },
    ],
  },
];

/** The browser's router over the views. */
export const createRouter = () => createBrowserRouter(routes);
