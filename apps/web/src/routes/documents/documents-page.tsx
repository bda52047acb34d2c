import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { formatDay } from '../../lib/partial-date';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { graphql } from '../../gql';

export const DocumentsQuery = graphql(`
  query DocumentsQuery {
    documents(first: 100) {
      nodes {
        id
        slug
        title
        publishedAt
        publisher {
          id
          name
        }
      }
    }
  }
`);

export function DocumentsPage() {
  const { data, loading, error, refetch } = useQuery(DocumentsQuery);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingState what="Loading documents" />;
  if (!data.documents.nodes.length)
    return (
      <EmptyState>
        No documents yet. Import a story with <code>npm run import -- story.json</code>.
      </EmptyState>
    );
  return (
    <section>
      <PageTitle>Reader</PageTitle>
      <h1>Reader</h1>
      <p className="muted">Read a source with every piece of evidence highlighted.</p>
      <ul className="plain">
        {data.documents.nodes.map((document) => (
          <li key={document.id}>
            <Link to={`/documents/${document.slug}`}>{document.title}</Link> — {document.publisher?.name}
            {document.publishedAt ? `, ${formatDay(document.publishedAt)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
