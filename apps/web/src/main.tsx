import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The DOM build of the provider: it can apply a navigation with flushSync (see ui/url-controls.ts).
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { router } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render the explorer into');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
