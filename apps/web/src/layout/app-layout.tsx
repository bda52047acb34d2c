import { useEffect, useRef } from 'react';
import {
  isRouteErrorResponse,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigation,
  useRouteError,
} from 'react-router';
import { AccountLinks } from '../editing/account-links';
import { SiteSearch } from '../search/site-search';
import { CONNECTION_LOST, isConnectionError } from '../ui/connection';
import { PageTitle } from '../ui/page-title';
import { LoadingState } from '../ui/states';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/network', label: 'Network' },
  { to: '/pressure', label: 'Who pressured whom' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/statements', label: 'Statements' },
  { to: '/figures', label: 'Figures' },
  { to: '/documents', label: 'Reader' },
  { to: '/paths', label: 'Paths' },
  { to: '/playground', label: 'Playground' },
];

function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          Parley
        </NavLink>
        <nav aria-label="Views">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SiteSearch />
        <AccountLinks />
      </header>
    </>
  );
}

export function AppLayout() {
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  // The path whose content last had the focus; the first view's is where the page opened.
  const focusedPath = useRef(pathname);
  // After moving to another view, start keyboard and screen-reader users at its content rather
  // than at the link they followed. Filters that only change the query string keep their focus.
  // Comparing paths, not counting runs, keeps the effect safe to run twice for the same path (as
  // development's strict mode does on mount, where a run counter moved the focus on page load).
  useEffect(() => {
    if (focusedPath.current === pathname) return;
    focusedPath.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        {navigation.state === 'loading' ? <LoadingState what="Opening" /> : <Outlet />}
      </main>
      <ScrollRestoration />
    </>
  );
}

/** Shown when a view cannot even start, e.g. its code could not be downloaded (offline, or a new release). */
export function RouteError() {
  const error = useRouteError();
  const lost = isConnectionError(error);
  const message = lost
    ? CONNECTION_LOST
    : isRouteErrorResponse(error)
      ? `This view could not be opened: ${error.status} ${error.statusText}`
      : `This view could not be opened: ${error instanceof Error ? error.message : String(error)}`;
  const title = lost ? 'Connection lost' : 'Something went wrong';
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <PageTitle>{title}</PageTitle>
        <h1>{title}</h1>
        <div className="state state-error" role="alert">
          <p>{message}</p>
          {/* A fresh load fetches the current release's code, which a stale page may no longer name. */}
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </main>
    </>
  );
}
