import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { kindLabel } from '../../ui/category';
import { ActorLink } from '../../ui/links';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { graphql } from '../../gql';

export const ActorSearchQuery = graphql(`
  query ActorSearchQuery($search: String, $first: Int, $after: String) {
    actors(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
          kind
          summary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Search actors by name; lists each with its kind, a page at a time. */
export function ActorSearch() {
  const inputId = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data, loading, error, fetchMore, refetch } = useQuery(ActorSearchQuery, {
    variables: { search: deferred || null, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.actors;

  return (
    <section className="actor-search" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Actors</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Search actors by name</label>
        <input
          id={inputId}
          type="search"
          value={search}
          placeholder="e.g. maduro, colombia, rodriguez"
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </form>
      {error ? <ErrorState error={error} retry={() => void refetch()} /> : null}
      {!connection && loading ? <LoadingState what="Searching" /> : null}
      {connection ? (
        <>
          <p className="muted" aria-live="polite">
            {connection.totalCount} {connection.totalCount === 1 ? 'actor' : 'actors'}
            {deferred ? ` matching “${deferred}”` : ''}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>
              No actor matches “{deferred}”. Try part of a name (“petro”) or a country (“venezuela”).
            </EmptyState>
          ) : (
            <ul className="actor-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id}>
                  <ActorLink actor={node} /> <span className="badge kind">{kindLabel(node.kind)}</span>
                  {node.summary ? <p className="muted">{node.summary}</p> : null}
                </li>
              ))}
            </ul>
          )}
          {connection.pageInfo.hasNextPage ? (
            <button
              type="button"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {loading ? 'Loading…' : 'Show more'}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
