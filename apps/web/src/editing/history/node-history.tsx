import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../ui/states';
import { useViewer } from '../viewer';
import { ChangeList } from './change-list';

const HISTORY_PAGE = 20;

export const NodeHistoryQuery = graphql(`
  query NodeHistoryQuery($id: ID!, $first: Int!) {
    history(id: $id, first: $first) {
      totalCount
      nodes {
        id
        ...ChangeListItem
      }
    }
  }
`);

/**
 * A node's history for editors (the API gives it to no one else), read when opened: each change
 * with what it changed and "Revert".
 */
export function NodeHistory({
  id,
  what,
}: {
  id: string;
  /** What the node is, in words: "the relation". */ what: string;
}) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState(false);
  const { data, error, refetch } = useQuery(
    NodeHistoryQuery,
    // Read again after every change, never joined to a read in flight from before it.
    canEdit && open ? { variables: { id, first: HISTORY_PAGE }, context: { queryDeduplication: false } } : skipToken,
  );
  if (!canEdit) return null;
  const history = data?.history;
  return (
    <details className="node-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>History of {what}</summary>
      {!open ? null : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !history ? (
        <LoadingState what="Reading the history" />
      ) : history.nodes.length === 0 ? (
        <p className="muted">No recorded change wrote {what}.</p>
      ) : (
        <>
          <ChangeList changes={history.nodes} />
          {history.totalCount > history.nodes.length ? (
            <p className="muted">
              The {String(HISTORY_PAGE)} latest of {String(history.totalCount)} changes.
            </p>
          ) : null}
        </>
      )}
    </details>
  );
}
