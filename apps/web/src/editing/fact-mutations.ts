import { graphql } from '../gql';

/** The fields the facts panel's edit form reads, with the version a save must send back. */
export const RelationEditFields = graphql(`
  fragment RelationEditFields on Relation {
    id
    version
    kind
    modality
    summary
    demand
    lever
    date {
      text
    }
    source {
      id
      slug
      name
    }
    target {
      id
      slug
      name
    }
  }
`);

export const RelationEditQuery = graphql(`
  query RelationEditQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Relation {
        ...RelationEditFields
      }
    }
  }
`);

export const CreateRelationMutation = graphql(`
  mutation CreateRelationMutation($input: CreateRelationInput!) {
    createRelation(input: $input) {
      relation {
        id
        version
      }
    }
  }
`);

export const UpdateRelationMutation = graphql(`
  mutation UpdateRelationMutation($input: UpdateRelationInput!) {
    updateRelation(input: $input) {
      relation {
        ...RelationEditFields
      }
    }
  }
`);

export const DeleteRelationMutation = graphql(`
  mutation DeleteRelationMutation($input: DeleteRelationInput!) {
    deleteRelation(input: $input) {
      deletedIds
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEventMutation($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        slug
      }
    }
  }
`);

export const CreateStatementMutation = graphql(`
  mutation CreateStatementMutation($input: CreateStatementInput!) {
    createStatement(input: $input) {
      statement {
        id
      }
    }
  }
`);

export const CreateFigureMutation = graphql(`
  mutation CreateFigureMutation($input: CreateFigureInput!) {
    createFigure(input: $input) {
      figure {
        id
      }
    }
  }
`);
