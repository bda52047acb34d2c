// Fragments a Relay client of the Parley API writes: refetchable fragments on Node types and on
// Query, and paginated connections nested inside other lists. relay-compiler checks them against
// the shipped SDL; nothing here runs.
declare function graphql(strings: TemplateStringsArray): unknown;

export const ActorName = graphql`
  fragment ActorName_actor on Actor {
    name
    slug
  }
`;

/** A refetchable fragment on a Node type: Relay refetches it through `node(id:)`. */
export const ActorRelations = graphql`
  fragment ActorRelations_actor on Actor
  @refetchable(queryName: "ActorRelationsRefetchQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 20 }) {
    name
    relations(first: $first) {
      id
      kind
      target {
        ...ActorName_actor
      }
    }
  }
`;

/** A connection nested in an object (a document's evidence), paginated from a refetchable fragment. */
export const DocumentEvidence = graphql`
  fragment DocumentEvidence_document on Document
  @refetchable(queryName: "DocumentEvidencePaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    title
    evidenceConnection(first: $count, after: $cursor) @connection(key: "DocumentEvidence_evidenceConnection") {
      edges {
        node {
          id
          quote
          start
          end
        }
      }
    }
  }
`;

/** A root connection with a filter, paginated from a refetchable fragment on Query. */
export const RelationList = graphql`
  fragment RelationList_query on Query
  @refetchable(queryName: "RelationListPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    filter: { type: "RelationFilter" }
  ) {
    relations(first: $count, after: $cursor, filter: $filter)
      @connection(key: "RelationList_relations", filters: ["filter"]) {
      edges {
        node {
          id
          kind
          date {
            start
          }
          source {
            ...ActorName_actor
          }
        }
      }
    }
  }
`;

/** The page query: connections inside the items of another connection, and the fragments above. */
export const ReaderPage = graphql`
  query ReaderPageQuery($slug: String!) {
    actor(slug: $slug) {
      ...ActorRelations_actor
    }
    documents(first: 5) @connection(key: "ReaderPage_documents") {
      edges {
        node {
          id
          ...DocumentEvidence_document
        }
      }
    }
    ...RelationList_query
  }
`;
