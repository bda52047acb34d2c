import { useQuery } from '@apollo/client/react';
import { NodeHistory } from '../../editing/history/node-history';
import { graphql } from '../../gql';
import { RelationItem } from '../../ui/relation-item';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';

/**
 * The relation picked on the graph or in the list, with its evidence: asked for alone when picked,
 * so that the list's hundred relations arrive without the quotes, dates and sources of each.
 */
export const NetworkSelectedRelationQuery = graphql(`
  query NetworkSelectedRelationQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Relation {
        ...RelationItem_relation
      }
    }
  }
`);

/** The side panel's relation, with its evidence and its history. */
export function PickedRelation({ id }: { id: string }) {
  const picked = useQuery(NetworkSelectedRelationQuery, { variables: { id } });
  const node = (picked.data ?? picked.previousData)?.node;
  const relation = node?.__typename === 'Relation' ? node : undefined;
  return (
    <>
      {picked.error ? <ErrorState error={picked.error} retry={() => void picked.refetch()} /> : null}
      {relation?.id === id ? (
        <>
          <RelationItem relation={relation} level={2} />
          <NodeHistory id={relation.id} what="the relation" />
        </>
      ) : picked.loading ? (
        <LoadingState what="Loading the relation" />
      ) : picked.error ? null : (
        <EmptyState>This relation is no longer in the story.</EmptyState>
      )}
    </>
  );
}
