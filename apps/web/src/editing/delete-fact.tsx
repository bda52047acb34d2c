import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { ConfirmDelete } from './confirm-delete';
import { DeleteRelationMutation } from './fact-mutations';

/** The version of any fact the facts panel can delete, read just before deleting it. */
export const FactVersionQuery = graphql(`
  query FactVersionQuery($id: ID!) {
    node(id: $id) {
      id
      ... on Relation {
        version
      }
      ... on Event {
        version
      }
      ... on Statement {
        version
      }
      ... on Figure {
        version
      }
      ... on Position {
        version
      }
      ... on Attribution {
        version
      }
    }
  }
`);

export const DeleteEventMutation = graphql(`
  mutation DeleteEventMutation($input: DeleteEventInput!) {
    deleteEvent(input: $input) {
      deletedIds
    }
  }
`);

export const DeleteStatementMutation = graphql(`
  mutation DeleteStatementMutation($input: DeleteStatementInput!) {
    deleteStatement(input: $input) {
      deletedIds
    }
  }
`);

export const DeleteFigureMutation = graphql(`
  mutation DeleteFigureMutation($input: DeleteFigureInput!) {
    deleteFigure(input: $input) {
      deletedIds
    }
  }
`);

export const DeletePositionMutation = graphql(`
  mutation DeletePositionMutation($input: DeletePositionInput!) {
    deletePosition(input: $input) {
      deletedIds
    }
  }
`);

export const DeleteAttributionMutation = graphql(`
  mutation DeleteAttributionMutation($input: DeleteAttributionInput!) {
    deleteAttribution(input: $input) {
      deletedIds
    }
  }
`);

/** The fact types the panel deletes, each with what it is called in the question. */
export const DELETABLE = {
  Relation: 'the relation',
  Event: 'the event',
  Statement: 'the statement',
  Figure: 'the figure',
  Position: 'the position',
  Attribution: 'the attribution',
} as const;

export type DeletableType = keyof typeof DELETABLE;

export const isDeletable = (typename: string): typename is DeletableType => typename in DELETABLE;

/** Delete for a fact of the facts panel: asks first, and offers to delete what refers to it. */
export function DeleteFact({ type, id, onDone }: { type: DeletableType; id: string; onDone: () => void }) {
  const client = useApolloClient();
  const [deleteEvent] = useMutation(DeleteEventMutation);
  const [deleteStatement] = useMutation(DeleteStatementMutation);
  const [deleteFigure] = useMutation(DeleteFigureMutation);
  const [deletePosition] = useMutation(DeletePositionMutation);
  const [deleteAttribution] = useMutation(DeleteAttributionMutation);
  const [deleteRelation] = useMutation(DeleteRelationMutation);

  const remove = async (version: number, cascade: boolean): Promise<string[]> => {
    const variables = { input: { id, version, cascade } };
    switch (type) {
      case 'Relation':
        return (await deleteRelation({ variables })).data?.deleteRelation.deletedIds ?? [id];
      case 'Event':
        return (await deleteEvent({ variables })).data?.deleteEvent.deletedIds ?? [id];
      case 'Statement':
        return (await deleteStatement({ variables })).data?.deleteStatement.deletedIds ?? [id];
      case 'Figure':
        return (await deleteFigure({ variables })).data?.deleteFigure.deletedIds ?? [id];
      case 'Position':
        return (await deletePosition({ variables })).data?.deletePosition.deletedIds ?? [id];
      case 'Attribution':
        return (await deleteAttribution({ variables })).data?.deleteAttribution.deletedIds ?? [id];
    }
  };

  return (
    <ConfirmDelete
      what={DELETABLE[type]}
      readVersion={async () => {
        const { data } = await client.query({
          query: FactVersionQuery,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        const node = data?.node;
        if (!node || !('version' in node)) throw new Error('This fact no longer exists.');
        return node.version;
      }}
      remove={remove}
      onCancel={onDone}
      onDeleted={onDone}
    />
  );
}
