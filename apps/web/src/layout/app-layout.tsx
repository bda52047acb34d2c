import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { LoadingState } from '../ui/states';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/network', label: 'Network' },
  { to: '/pressure', label: 'Who pressured whom' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/documents', label: 'Reader' },
  { to: '/paths', label: 'Paths' },
  { to: '/playground', label: 'Playground' },
];

export function AppLayout() {
  const navigation = useNavigation();
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
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Suspense fallback={<LoadingState />}>
          {navigation.state === 'loading' ? <LoadingState what="Opening" /> : <Outlet />}
        </Suspense>
      </main>
    </>
  );
}
