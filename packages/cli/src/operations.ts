import { graphql } from './gql/index.js';

/**
 * Every question the command asks the API. Each list is a Relay connection read page by page
 * (`after`), or a field bounded by `first`, so a large corpus never asks for too much at once.
 */

export const PressureQuery = graphql(`
  query PressureQuery($filter: RelationFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        modality
        summary
        demand
        lever
        date {
          text
          start
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
        attribution {
          id
          kind
          text
          source {
            id
            name
          }
        }
        evidence(first: 3) {
          id
          quote
          start
          end
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ActorQuery = graphql(`
  query ActorQuery($slug: String!) {
    actor(slug: $slug) {
      id
      slug
      name
      kind
      aliases
      summary
      positions(first: 20) {
        id
        title
        acting
        organization {
          id
          name
        }
      }
      relations(first: 50) {
        id
        kind
        modality
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
        evidence(first: 1) {
          id
          quote
        }
      }
      statements(first: 20) {
        id
        kind
        text
      }
    }
  }
`);

export const EventsQuery = graphql(`
  query EventsQuery($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        slug
        kind
        title
        location
        secret
        date {
          text
          start
          end
        }
        participants(first: 20) {
          id
          role
          actor {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PathQuery = graphql(`
  query PathQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      steps {
        from {
          id
          slug
          name
        }
        to {
          id
          slug
          name
        }
        via {
          id
          __typename
          ... on Relation {
            kind
            source {
              id
              slug
            }
            evidence(first: 1) {
              id
              quote
            }
          }
          ... on Position {
            title
            evidence(first: 1) {
              id
              quote
            }
          }
          ... on Event {
            title
            evidence(first: 1) {
              id
              quote
            }
          }
        }
      }
    }
  }
`);

export const StatementsQuery = graphql(`
  query StatementsQuery($kinds: [StatementKind!], $first: Int, $after: String) {
    statements(kinds: $kinds, first: $first, after: $after) {
      nodes {
        id
        kind
        text
        setting
        date {
          text
        }
        speaker {
          id
          slug
          name
        }
        evidence(first: 1) {
          id
          quote
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
