import { ApolloProvider } from '@apollo/client/react';
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
// The DOM build of the provider: it can apply a navigation with flushSync (see ui/url-controls.ts).
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createRouter } from './routes';
import { SERVER_RENDERED_ATTRIBUTE, takeServerData } from './ssr/server-data';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render the explorer into');

const client = createApolloClient(undefined, takeServerData(document));
const router = createRouter();

// The first render waits for the view's code: it then draws the view itself (from the server's
// answers when the server rendered the page) in place of what the page shows, rather than a
// loading screen that would flash between the two.
if (!router.state.initialized) {
  await new Promise<void>((ready) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      ready();
    });
  });
}

/**
 * Drops `#root`'s mark of the server's render once the app's first render is on the page (the
 * parent's effect runs after all of the app's own).
 */
function TakenOver({ children }: { children: ReactNode }) {
  useEffect(() => root?.removeAttribute(SERVER_RENDERED_ATTRIBUTE), []);
  return children;
}

// A transition: the view the server drew is already on screen, so the app draws its own in short
// slices that leave the page free to answer a tap, rather than in one long task.
const app = createRoot(root);
startTransition(() =>
  app.render(
    <StrictMode>
      <TakenOver>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </TakenOver>
    </StrictMode>,
  ),
);
