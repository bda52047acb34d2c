import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { GRAPHQL_URL } from '../api-urls';
import { PageTitle } from '../ui/page-title';
import { EXAMPLE_QUERIES } from './example-queries';

const fetcher = createGraphiQLFetcher({ url: GRAPHQL_URL });

/** GraphiQL, bundled with its workers (no CDN), opening with tabs of questions about the story. */
export function PlaygroundPage() {
  return (
    <div className="playground">
      <PageTitle>Playground</PageTitle>
      <h1 className="sr-only">GraphQL playground</h1>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={EXAMPLE_QUERIES.map(({ query }) => ({ query }))}
        defaultEditorToolsVisibility={false}
      />
    </div>
  );
}
