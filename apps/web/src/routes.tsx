import { createBrowserRouter } from 'react-router';
import { AppLayout, RouteError } from './layout/app-layout';
import { NotFoundPage } from './routes/not-found-page';
import { LoadingState } from './ui/states';

/** Every view has its own URL; each loads its code on first visit (route-level splitting). */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    // Shown while the first view's code loads.
    HydrateFallback: () => <LoadingState what="Opening Parley" />,
    children: [
      {
        index: true,
        lazy: () => import('./routes/overview/overview-page').then((m) => ({ Component: m.OverviewPage })),
      },
      {
        path: 'network',
        lazy: () => import('./routes/network/network-page').then((m) => ({ Component: m.NetworkPage })),
      },
      {
        path: 'pressure',
        lazy: () => import('./routes/pressure/pressure-page').then((m) => ({ Component: m.PressurePage })),
      },
      {
        path: 'actors/:slug',
        lazy: () => import('./routes/actors/actor-page').then((m) => ({ Component: m.ActorPage })),
      },
      {
        path: 'timeline',
        lazy: () => import('./routes/timeline/timeline-page').then((m) => ({ Component: m.TimelinePage })),
      },
      {
        path: 'documents',
        lazy: () => import('./routes/documents/documents-page').then((m) => ({ Component: m.DocumentsPage })),
      },
      {
        path: 'documents/:slug',
        lazy: () => import('./routes/documents/reader-page').then((m) => ({ Component: m.ReaderPage })),
      },
      { path: 'paths', lazy: () => import('./routes/paths/paths-page').then((m) => ({ Component: m.PathsPage })) },
      {
        path: 'playground',
        lazy: () => import('./playground/playground-page').then((m) => ({ Component: m.PlaygroundPage })),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
