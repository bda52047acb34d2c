import { skipToken, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/page-title';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useViewer } from '../viewer';
import { ChangeList } from './change-list';

const PAGE = 30;

export const RecentChangesQuery = graphql(`
  query RecentChangesQuery($first: Int!, $after: String) {
    recentChanges(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...ChangeListItem
      }
    }
  }
`);

/** /changes: every recorded change, newest first, each with "Revert"; for editors, as the API's history is. */
export function RecentChangesPage() {
  const { canEdit, loading: readingViewer } = useViewer();
  const { data, error, refetch, fetchMore, loading } = useQuery(
    RecentChangesQuery,
    canEdit ? { variables: { first: PAGE } } : skipToken,
  );
  const changes = data?.recentChanges;
  return (
    <article className="narrow-page recent-changes">
      <PageTitle>Recent changes</PageTitle>
      <h1>Recent changes</h1>
      {readingViewer ? (
        <LoadingState what="Checking who is signed in" />
      ) : !canEdit ? (
        <p>
          The history is for editors. <Link to="/sign-in?next=%2Fchanges">Sign in</Link> as one to see it.
        </p>
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !changes ? (
        <LoadingState what="Reading the history" />
      ) : changes.nodes.length === 0 ? (
        <EmptyState>Nothing has been changed yet.</EmptyState>
      ) : (
        <>
          <p className="muted">
            {String(changes.nodes.length)} of {String(changes.totalCount)} changes, newest first.
          </p>
          <ChangeList changes={changes.nodes} />
          {changes.pageInfo.hasNextPage ? (
            <button
              type="button"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: changes.pageInfo.endCursor } })}
            >
              Older changes
            </button>
          ) : null}
        </>
      )}
    </article>
  );
}
