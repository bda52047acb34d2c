/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          kind\n        }\n      }\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.ActorsPageQueryDocument;
  '\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n      aliases\n      kind\n      summary\n    }\n  }\n': typeof types.ActorBySlugQueryDocument;
  '\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n    }\n  }\n': typeof types.NodeByIdQueryDocument;
  '\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source {\n          slug\n          positions {\n            title\n            organization {\n              slug\n            }\n          }\n        }\n        target {\n          slug\n          relations(direction: INCOMING) {\n            kind\n          }\n        }\n        event {\n          slug\n          participants {\n            actor {\n              slug\n            }\n          }\n        }\n        attribution {\n          kind\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.RelationsWithEverythingQueryDocument;
  '\n  query RelationPageWithEndsQuery($first: Int) {\n    relations(first: $first) {\n      totalCount\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n      }\n    }\n  }\n': typeof types.RelationPageWithEndsQueryDocument;
  '\n    query ActorListsWithChildrenQuery($actors: Int, $each: Int) {\n      actors(first: $actors) {\n        nodes {\n          slug\n          relations(first: $each) {\n            kind\n            evidence(first: $each) {\n              quote\n            }\n          }\n          participations(first: $each) {\n            role\n          }\n          statements(first: $each) {\n            kind\n          }\n          positions(first: $each) {\n            title\n          }\n          figures(first: $each) {\n            amount\n          }\n          evidence(first: $each) {\n            quote\n          }\n        }\n      }\n    }\n  ': typeof types.ActorListsWithChildrenQueryDocument;
  '\n  query NestedEvidenceQuery($slug: String!) {\n    document(slug: $slug) {\n      evidence {\n        document {\n          evidence {\n            document {\n              evidence {\n                document {\n                  text\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.NestedEvidenceQueryDocument;
  '\n  query DocumentEvidenceQuery($slug: String!, $first: Int) {\n    document(slug: $slug) {\n      evidence(first: $first) {\n        start\n        quote\n      }\n      all: evidenceConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n': typeof types.DocumentEvidenceQueryDocument;
  '\n  query DocumentEvidencePageQuery($slug: String!, $first: Int, $after: String) {\n    document(slug: $slug) {\n      evidenceConnection(first: $first, after: $after) {\n        nodes {\n          start\n          quote\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DocumentEvidencePageQueryDocument;
  '\n  query ActorListsQuery(\n    $first: Int\n    $relations: Int\n    $direction: Direction\n    $categories: [RelationCategory!]\n    $evidence: Int\n  ) {\n    actors(first: $first) {\n      nodes {\n        slug\n        relations(first: $relations, direction: $direction, categories: $categories) {\n          id\n          category\n          source {\n            slug\n          }\n          target {\n            slug\n          }\n          evidence(first: $evidence) {\n            quote\n          }\n        }\n      }\n    }\n  }\n': typeof types.ActorListsQueryDocument;
  '\n  query CountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      ... on ActorConnection {\n        totalCount\n      }\n      nodes {\n        slug\n      }\n    }\n  }\n': typeof types.CountedActorsQueryDocument;
  '\n  query UncountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n': typeof types.UncountedActorsQueryDocument;
  '\n  query MiniRelationsQuery {\n    relations(filter: { source: "rufus-firefly" }) {\n      nodes {\n        kind\n        category\n        summary\n        demand\n        date {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        event {\n          slug\n          location\n        }\n        evidence {\n          start\n          end\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.MiniRelationsQueryDocument;
  '\n  query NeighbourhoodQuery($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {\n    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {\n      actor {\n        slug\n      }\n      actors {\n        slug\n      }\n      relations {\n        id\n        kind\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n      capped\n    }\n  }\n': typeof types.NeighbourhoodQueryDocument;
  '\n  query AllRelationsQuery($filter: RelationFilter) {\n    relations(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n    }\n  }\n': typeof types.AllRelationsQueryDocument;
  '\n  query IdsQuery {\n    actors(first: 3) {\n      nodes {\n        id\n        slug\n      }\n    }\n    relations(first: 2) {\n      nodes {\n        id\n        summary\n      }\n    }\n  }\n': typeof types.IdsQueryDocument;
  '\n  query NodesQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n      ... on Relation {\n        summary\n      }\n    }\n  }\n': typeof types.NodesQueryDocument;
  '\n  query PathSearchQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {\n    pathSearch(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      complete\n      visited\n      searchedLength\n      paths {\n        length\n        steps {\n          from {\n            slug\n          }\n          to {\n            slug\n          }\n          via {\n            id\n          }\n          alternatives {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.PathSearchQueryDocument;
  '\n  query PathsOnlyQuery($from: String!, $to: String!) {\n    paths(from: $from, to: $to) {\n      length\n      steps {\n        via {\n          id\n        }\n      }\n    }\n  }\n': typeof types.PathsOnlyQueryDocument;
  '\n  query ActorNamesQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n    }\n    actors(first: 5) {\n      nodes {\n        name\n      }\n    }\n    documents(first: 2) {\n      nodes {\n        title\n      }\n    }\n  }\n': typeof types.ActorNamesQueryDocument;
  '\n  query RelationEndsQuery {\n    relations(first: 20) {\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n        evidence {\n          start\n        }\n      }\n    }\n  }\n': typeof types.RelationEndsQueryDocument;
  '\n  query EverythingOfAnActorQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      summary\n      basis\n    }\n  }\n': typeof types.EverythingOfAnActorQueryDocument;
  '\n  query DeclaredNeedsQuery {\n    events(first: 20) {\n      nodes {\n        title\n        participants {\n          attribution {\n            kind\n          }\n        }\n      }\n    }\n    relations(first: 5) {\n      nodes {\n        kindInfo {\n          description\n        }\n        evidence {\n          supports {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.DeclaredNeedsQueryDocument;
  '\n  query SupportsQuery($first: Int) {\n    documents(first: $first) {\n      nodes {\n        evidence(first: 200) {\n          id\n          supports {\n            __typename\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.SupportsQueryDocument;
  '\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Relation {\n        date {\n          text\n          start\n          end\n          precision\n        }\n      }\n      ... on Event {\n        secret\n      }\n      ... on Actor {\n        aliases\n      }\n    }\n  }\n': typeof types.NodeQueryDocument;
  '\n  query SearchQuery($text: String!, $kinds: [SearchResultKind!], $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        kind\n        rank\n        matchedWords\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        span {\n          start\n          end\n          document {\n            slug\n            text\n          }\n        }\n        node {\n          __typename\n          id\n          ... on Actor {\n            slug\n            name\n          }\n          ... on Event {\n            title\n            location\n          }\n          ... on Statement {\n            kind\n            text\n          }\n          ... on Figure {\n            amount\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SearchQueryDocument;
  '\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title\n      text\n      publishedAt\n      publishedAtBasis\n      publisher {\n        slug\n      }\n      contributors {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n  }\n': typeof types.DocumentSpansQueryDocument;
  '\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind\n        category\n        modality\n        summary\n        demand\n        lever\n        source {\n          slug\n          name\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n': typeof types.WhoPressuredQueryDocument;
  '\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        kind\n        category\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          start\n          end\n          precision\n        }\n      }\n    }\n  }\n': typeof types.RelationsByFilterQueryDocument;
  '\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug\n        title\n        location\n        secret\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          kind\n          text\n        }\n        participants {\n          role\n          outcome\n          actor {\n            slug\n          }\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n': typeof types.MeetingQueryDocument;
  '\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes {\n        kind\n        speaker {\n          slug\n          name\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n': typeof types.NonResponsesQueryDocument;
  '\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount\n        currency\n        summary\n        modality\n        period {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          source {\n            slug\n            name\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n': typeof types.FiguresQueryDocument;
  '\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug\n        title\n        issues\n        parties {\n          slug\n        }\n        rounds {\n          slug\n          date {\n            start\n          }\n        }\n        deadline {\n          start\n          precision\n          basis\n        }\n      }\n    }\n  }\n': typeof types.NegotiationsQueryDocument;
  '\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from {\n          slug\n        }\n        to {\n          slug\n        }\n        via {\n          __typename\n          ... on Relation {\n            kind\n            evidence {\n              quote\n            }\n          }\n          ... on Position {\n            title\n            evidence {\n              quote\n            }\n          }\n          ... on Event {\n            slug\n            evidence {\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PathsQueryDocument;
  '\n  query AllActorsQuery {\n    actors(first: 100) {\n      nodes {\n        slug\n        name\n        kind\n      }\n    }\n  }\n': typeof types.AllActorsQueryDocument;
  '\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) {\n      positions {\n        title\n        acting\n        organization {\n          slug\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n': typeof types.PositionsQueryDocument;
  '\n  query StoryReviewQuery($slug: String!) {\n    document(slug: $slug) {\n      text\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n    actors(first: 100) {\n      nodes {\n        slug\n        aliases\n        evidence {\n          quote\n        }\n      }\n    }\n    relations(first: 100) {\n      totalCount\n      nodes {\n        kind\n        modality\n        demand\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        event {\n          slug\n        }\n        attribution {\n          id\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    events(first: 100) {\n      nodes {\n        slug\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          id\n        }\n        participants {\n          role\n          actor {\n            slug\n          }\n          attribution {\n            id\n          }\n          evidence {\n            quote\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    figures(first: 100) {\n      nodes {\n        attribution {\n          id\n        }\n      }\n    }\n  }\n': typeof types.StoryReviewQueryDocument;
};
const documents: Documents = {
  '\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          kind\n        }\n      }\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.ActorsPageQueryDocument,
  '\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n      aliases\n      kind\n      summary\n    }\n  }\n':
    types.ActorBySlugQueryDocument,
  '\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n    }\n  }\n':
    types.NodeByIdQueryDocument,
  '\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source {\n          slug\n          positions {\n            title\n            organization {\n              slug\n            }\n          }\n        }\n        target {\n          slug\n          relations(direction: INCOMING) {\n            kind\n          }\n        }\n        event {\n          slug\n          participants {\n            actor {\n              slug\n            }\n          }\n        }\n        attribution {\n          kind\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.RelationsWithEverythingQueryDocument,
  '\n  query RelationPageWithEndsQuery($first: Int) {\n    relations(first: $first) {\n      totalCount\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n      }\n    }\n  }\n':
    types.RelationPageWithEndsQueryDocument,
  '\n    query ActorListsWithChildrenQuery($actors: Int, $each: Int) {\n      actors(first: $actors) {\n        nodes {\n          slug\n          relations(first: $each) {\n            kind\n            evidence(first: $each) {\n              quote\n            }\n          }\n          participations(first: $each) {\n            role\n          }\n          statements(first: $each) {\n            kind\n          }\n          positions(first: $each) {\n            title\n          }\n          figures(first: $each) {\n            amount\n          }\n          evidence(first: $each) {\n            quote\n          }\n        }\n      }\n    }\n  ':
    types.ActorListsWithChildrenQueryDocument,
  '\n  query NestedEvidenceQuery($slug: String!) {\n    document(slug: $slug) {\n      evidence {\n        document {\n          evidence {\n            document {\n              evidence {\n                document {\n                  text\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.NestedEvidenceQueryDocument,
  '\n  query DocumentEvidenceQuery($slug: String!, $first: Int) {\n    document(slug: $slug) {\n      evidence(first: $first) {\n        start\n        quote\n      }\n      all: evidenceConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n':
    types.DocumentEvidenceQueryDocument,
  '\n  query DocumentEvidencePageQuery($slug: String!, $first: Int, $after: String) {\n    document(slug: $slug) {\n      evidenceConnection(first: $first, after: $after) {\n        nodes {\n          start\n          quote\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DocumentEvidencePageQueryDocument,
  '\n  query ActorListsQuery(\n    $first: Int\n    $relations: Int\n    $direction: Direction\n    $categories: [RelationCategory!]\n    $evidence: Int\n  ) {\n    actors(first: $first) {\n      nodes {\n        slug\n        relations(first: $relations, direction: $direction, categories: $categories) {\n          id\n          category\n          source {\n            slug\n          }\n          target {\n            slug\n          }\n          evidence(first: $evidence) {\n            quote\n          }\n        }\n      }\n    }\n  }\n':
    types.ActorListsQueryDocument,
  '\n  query CountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      ... on ActorConnection {\n        totalCount\n      }\n      nodes {\n        slug\n      }\n    }\n  }\n':
    types.CountedActorsQueryDocument,
  '\n  query UncountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n':
    types.UncountedActorsQueryDocument,
  '\n  query MiniRelationsQuery {\n    relations(filter: { source: "rufus-firefly" }) {\n      nodes {\n        kind\n        category\n        summary\n        demand\n        date {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        event {\n          slug\n          location\n        }\n        evidence {\n          start\n          end\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.MiniRelationsQueryDocument,
  '\n  query NeighbourhoodQuery($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {\n    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {\n      actor {\n        slug\n      }\n      actors {\n        slug\n      }\n      relations {\n        id\n        kind\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n      capped\n    }\n  }\n':
    types.NeighbourhoodQueryDocument,
  '\n  query AllRelationsQuery($filter: RelationFilter) {\n    relations(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n    }\n  }\n':
    types.AllRelationsQueryDocument,
  '\n  query IdsQuery {\n    actors(first: 3) {\n      nodes {\n        id\n        slug\n      }\n    }\n    relations(first: 2) {\n      nodes {\n        id\n        summary\n      }\n    }\n  }\n':
    types.IdsQueryDocument,
  '\n  query NodesQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n      ... on Relation {\n        summary\n      }\n    }\n  }\n':
    types.NodesQueryDocument,
  '\n  query PathSearchQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {\n    pathSearch(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      complete\n      visited\n      searchedLength\n      paths {\n        length\n        steps {\n          from {\n            slug\n          }\n          to {\n            slug\n          }\n          via {\n            id\n          }\n          alternatives {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.PathSearchQueryDocument,
  '\n  query PathsOnlyQuery($from: String!, $to: String!) {\n    paths(from: $from, to: $to) {\n      length\n      steps {\n        via {\n          id\n        }\n      }\n    }\n  }\n':
    types.PathsOnlyQueryDocument,
  '\n  query ActorNamesQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n    }\n    actors(first: 5) {\n      nodes {\n        name\n      }\n    }\n    documents(first: 2) {\n      nodes {\n        title\n      }\n    }\n  }\n':
    types.ActorNamesQueryDocument,
  '\n  query RelationEndsQuery {\n    relations(first: 20) {\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n        evidence {\n          start\n        }\n      }\n    }\n  }\n':
    types.RelationEndsQueryDocument,
  '\n  query EverythingOfAnActorQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      summary\n      basis\n    }\n  }\n':
    types.EverythingOfAnActorQueryDocument,
  '\n  query DeclaredNeedsQuery {\n    events(first: 20) {\n      nodes {\n        title\n        participants {\n          attribution {\n            kind\n          }\n        }\n      }\n    }\n    relations(first: 5) {\n      nodes {\n        kindInfo {\n          description\n        }\n        evidence {\n          supports {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.DeclaredNeedsQueryDocument,
  '\n  query SupportsQuery($first: Int) {\n    documents(first: $first) {\n      nodes {\n        evidence(first: 200) {\n          id\n          supports {\n            __typename\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.SupportsQueryDocument,
  '\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Relation {\n        date {\n          text\n          start\n          end\n          precision\n        }\n      }\n      ... on Event {\n        secret\n      }\n      ... on Actor {\n        aliases\n      }\n    }\n  }\n':
    types.NodeQueryDocument,
  '\n  query SearchQuery($text: String!, $kinds: [SearchResultKind!], $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        kind\n        rank\n        matchedWords\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        span {\n          start\n          end\n          document {\n            slug\n            text\n          }\n        }\n        node {\n          __typename\n          id\n          ... on Actor {\n            slug\n            name\n          }\n          ... on Event {\n            title\n            location\n          }\n          ... on Statement {\n            kind\n            text\n          }\n          ... on Figure {\n            amount\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n':
    types.SearchQueryDocument,
  '\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title\n      text\n      publishedAt\n      publishedAtBasis\n      publisher {\n        slug\n      }\n      contributors {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n  }\n':
    types.DocumentSpansQueryDocument,
  '\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind\n        category\n        modality\n        summary\n        demand\n        lever\n        source {\n          slug\n          name\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n':
    types.WhoPressuredQueryDocument,
  '\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        kind\n        category\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          start\n          end\n          precision\n        }\n      }\n    }\n  }\n':
    types.RelationsByFilterQueryDocument,
  '\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug\n        title\n        location\n        secret\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          kind\n          text\n        }\n        participants {\n          role\n          outcome\n          actor {\n            slug\n          }\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n':
    types.MeetingQueryDocument,
  '\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes {\n        kind\n        speaker {\n          slug\n          name\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n':
    types.NonResponsesQueryDocument,
  '\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount\n        currency\n        summary\n        modality\n        period {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          source {\n            slug\n            name\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n':
    types.FiguresQueryDocument,
  '\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug\n        title\n        issues\n        parties {\n          slug\n        }\n        rounds {\n          slug\n          date {\n            start\n          }\n        }\n        deadline {\n          start\n          precision\n          basis\n        }\n      }\n    }\n  }\n':
    types.NegotiationsQueryDocument,
  '\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from {\n          slug\n        }\n        to {\n          slug\n        }\n        via {\n          __typename\n          ... on Relation {\n            kind\n            evidence {\n              quote\n            }\n          }\n          ... on Position {\n            title\n            evidence {\n              quote\n            }\n          }\n          ... on Event {\n            slug\n            evidence {\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PathsQueryDocument,
  '\n  query AllActorsQuery {\n    actors(first: 100) {\n      nodes {\n        slug\n        name\n        kind\n      }\n    }\n  }\n':
    types.AllActorsQueryDocument,
  '\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) {\n      positions {\n        title\n        acting\n        organization {\n          slug\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n':
    types.PositionsQueryDocument,
  '\n  query StoryReviewQuery($slug: String!) {\n    document(slug: $slug) {\n      text\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n    actors(first: 100) {\n      nodes {\n        slug\n        aliases\n        evidence {\n          quote\n        }\n      }\n    }\n    relations(first: 100) {\n      totalCount\n      nodes {\n        kind\n        modality\n        demand\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        event {\n          slug\n        }\n        attribution {\n          id\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    events(first: 100) {\n      nodes {\n        slug\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          id\n        }\n        participants {\n          role\n          actor {\n            slug\n          }\n          attribution {\n            id\n          }\n          evidence {\n            quote\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    figures(first: 100) {\n      nodes {\n        attribution {\n          id\n        }\n      }\n    }\n  }\n':
    types.StoryReviewQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          kind\n        }\n      }\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActorsPageQuery($search: String, $kinds: [ActorKind!], $first: Int, $after: String) {\n    actors(search: $search, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          kind\n        }\n      }\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n      aliases\n      kind\n      summary\n    }\n  }\n',
): (typeof documents)['\n  query ActorBySlugQuery($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n      aliases\n      kind\n      summary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NodeByIdQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source {\n          slug\n          positions {\n            title\n            organization {\n              slug\n            }\n          }\n        }\n        target {\n          slug\n          relations(direction: INCOMING) {\n            kind\n          }\n        }\n        event {\n          slug\n          participants {\n            actor {\n              slug\n            }\n          }\n        }\n        attribution {\n          kind\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RelationsWithEverythingQuery($first: Int) {\n    relations(first: $first) {\n      nodes {\n        source {\n          slug\n          positions {\n            title\n            organization {\n              slug\n            }\n          }\n        }\n        target {\n          slug\n          relations(direction: INCOMING) {\n            kind\n          }\n        }\n        event {\n          slug\n          participants {\n            actor {\n              slug\n            }\n          }\n        }\n        attribution {\n          kind\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RelationPageWithEndsQuery($first: Int) {\n    relations(first: $first) {\n      totalCount\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RelationPageWithEndsQuery($first: Int) {\n    relations(first: $first) {\n      totalCount\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query ActorListsWithChildrenQuery($actors: Int, $each: Int) {\n      actors(first: $actors) {\n        nodes {\n          slug\n          relations(first: $each) {\n            kind\n            evidence(first: $each) {\n              quote\n            }\n          }\n          participations(first: $each) {\n            role\n          }\n          statements(first: $each) {\n            kind\n          }\n          positions(first: $each) {\n            title\n          }\n          figures(first: $each) {\n            amount\n          }\n          evidence(first: $each) {\n            quote\n          }\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query ActorListsWithChildrenQuery($actors: Int, $each: Int) {\n      actors(first: $actors) {\n        nodes {\n          slug\n          relations(first: $each) {\n            kind\n            evidence(first: $each) {\n              quote\n            }\n          }\n          participations(first: $each) {\n            role\n          }\n          statements(first: $each) {\n            kind\n          }\n          positions(first: $each) {\n            title\n          }\n          figures(first: $each) {\n            amount\n          }\n          evidence(first: $each) {\n            quote\n          }\n        }\n      }\n    }\n  '];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NestedEvidenceQuery($slug: String!) {\n    document(slug: $slug) {\n      evidence {\n        document {\n          evidence {\n            document {\n              evidence {\n                document {\n                  text\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NestedEvidenceQuery($slug: String!) {\n    document(slug: $slug) {\n      evidence {\n        document {\n          evidence {\n            document {\n              evidence {\n                document {\n                  text\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentEvidenceQuery($slug: String!, $first: Int) {\n    document(slug: $slug) {\n      evidence(first: $first) {\n        start\n        quote\n      }\n      all: evidenceConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentEvidenceQuery($slug: String!, $first: Int) {\n    document(slug: $slug) {\n      evidence(first: $first) {\n        start\n        quote\n      }\n      all: evidenceConnection(first: 1) {\n        totalCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentEvidencePageQuery($slug: String!, $first: Int, $after: String) {\n    document(slug: $slug) {\n      evidenceConnection(first: $first, after: $after) {\n        nodes {\n          start\n          quote\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentEvidencePageQuery($slug: String!, $first: Int, $after: String) {\n    document(slug: $slug) {\n      evidenceConnection(first: $first, after: $after) {\n        nodes {\n          start\n          quote\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorListsQuery(\n    $first: Int\n    $relations: Int\n    $direction: Direction\n    $categories: [RelationCategory!]\n    $evidence: Int\n  ) {\n    actors(first: $first) {\n      nodes {\n        slug\n        relations(first: $relations, direction: $direction, categories: $categories) {\n          id\n          category\n          source {\n            slug\n          }\n          target {\n            slug\n          }\n          evidence(first: $evidence) {\n            quote\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActorListsQuery(\n    $first: Int\n    $relations: Int\n    $direction: Direction\n    $categories: [RelationCategory!]\n    $evidence: Int\n  ) {\n    actors(first: $first) {\n      nodes {\n        slug\n        relations(first: $relations, direction: $direction, categories: $categories) {\n          id\n          category\n          source {\n            slug\n          }\n          target {\n            slug\n          }\n          evidence(first: $evidence) {\n            quote\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      ... on ActorConnection {\n        totalCount\n      }\n      nodes {\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      ... on ActorConnection {\n        totalCount\n      }\n      nodes {\n        slug\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UncountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UncountedActorsQuery($first: Int) {\n    actors(first: $first) {\n      nodes {\n        slug\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MiniRelationsQuery {\n    relations(filter: { source: "rufus-firefly" }) {\n      nodes {\n        kind\n        category\n        summary\n        demand\n        date {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        event {\n          slug\n          location\n        }\n        evidence {\n          start\n          end\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MiniRelationsQuery {\n    relations(filter: { source: "rufus-firefly" }) {\n      nodes {\n        kind\n        category\n        summary\n        demand\n        date {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        event {\n          slug\n          location\n        }\n        evidence {\n          start\n          end\n          quote\n          document {\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NeighbourhoodQuery($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {\n    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {\n      actor {\n        slug\n      }\n      actors {\n        slug\n      }\n      relations {\n        id\n        kind\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n      capped\n    }\n  }\n',
): (typeof documents)['\n  query NeighbourhoodQuery($slug: String!, $hops: Int, $first: Int, $direction: Direction, $filter: RelationFilter) {\n    neighbourhood(slug: $slug, hops: $hops, first: $first, direction: $direction, filter: $filter) {\n      actor {\n        slug\n      }\n      actors {\n        slug\n      }\n      relations {\n        id\n        kind\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n      capped\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AllRelationsQuery($filter: RelationFilter) {\n    relations(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AllRelationsQuery($filter: RelationFilter) {\n    relations(first: 100, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IdsQuery {\n    actors(first: 3) {\n      nodes {\n        id\n        slug\n      }\n    }\n    relations(first: 2) {\n      nodes {\n        id\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IdsQuery {\n    actors(first: 3) {\n      nodes {\n        id\n        slug\n      }\n    }\n    relations(first: 2) {\n      nodes {\n        id\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodesQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n      ... on Relation {\n        summary\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NodesQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Actor {\n        slug\n      }\n      ... on Relation {\n        summary\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PathSearchQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {\n    pathSearch(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      complete\n      visited\n      searchedLength\n      paths {\n        length\n        steps {\n          from {\n            slug\n          }\n          to {\n            slug\n          }\n          via {\n            id\n          }\n          alternatives {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PathSearchQuery($from: String!, $to: String!, $maxLength: Int, $first: Int) {\n    pathSearch(from: $from, to: $to, maxLength: $maxLength, first: $first) {\n      complete\n      visited\n      searchedLength\n      paths {\n        length\n        steps {\n          from {\n            slug\n          }\n          to {\n            slug\n          }\n          via {\n            id\n          }\n          alternatives {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PathsOnlyQuery($from: String!, $to: String!) {\n    paths(from: $from, to: $to) {\n      length\n      steps {\n        via {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PathsOnlyQuery($from: String!, $to: String!) {\n    paths(from: $from, to: $to) {\n      length\n      steps {\n        via {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorNamesQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n    }\n    actors(first: 5) {\n      nodes {\n        name\n      }\n    }\n    documents(first: 2) {\n      nodes {\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActorNamesQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n    }\n    actors(first: 5) {\n      nodes {\n        name\n      }\n    }\n    documents(first: 2) {\n      nodes {\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RelationEndsQuery {\n    relations(first: 20) {\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n        evidence {\n          start\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RelationEndsQuery {\n    relations(first: 20) {\n      nodes {\n        kind\n        source {\n          name\n        }\n        target {\n          name\n        }\n        evidence {\n          start\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EverythingOfAnActorQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      summary\n      basis\n    }\n  }\n',
): (typeof documents)['\n  query EverythingOfAnActorQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      summary\n      basis\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeclaredNeedsQuery {\n    events(first: 20) {\n      nodes {\n        title\n        participants {\n          attribution {\n            kind\n          }\n        }\n      }\n    }\n    relations(first: 5) {\n      nodes {\n        kindInfo {\n          description\n        }\n        evidence {\n          supports {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeclaredNeedsQuery {\n    events(first: 20) {\n      nodes {\n        title\n        participants {\n          attribution {\n            kind\n          }\n        }\n      }\n    }\n    relations(first: 5) {\n      nodes {\n        kindInfo {\n          description\n        }\n        evidence {\n          supports {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportsQuery($first: Int) {\n    documents(first: $first) {\n      nodes {\n        evidence(first: 200) {\n          id\n          supports {\n            __typename\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SupportsQuery($first: Int) {\n    documents(first: $first) {\n      nodes {\n        evidence(first: 200) {\n          id\n          supports {\n            __typename\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Relation {\n        date {\n          text\n          start\n          end\n          precision\n        }\n      }\n      ... on Event {\n        secret\n      }\n      ... on Actor {\n        aliases\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NodeQuery($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Relation {\n        date {\n          text\n          start\n          end\n          precision\n        }\n      }\n      ... on Event {\n        secret\n      }\n      ... on Actor {\n        aliases\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchQuery($text: String!, $kinds: [SearchResultKind!], $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        kind\n        rank\n        matchedWords\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        span {\n          start\n          end\n          document {\n            slug\n            text\n          }\n        }\n        node {\n          __typename\n          id\n          ... on Actor {\n            slug\n            name\n          }\n          ... on Event {\n            title\n            location\n          }\n          ... on Statement {\n            kind\n            text\n          }\n          ... on Figure {\n            amount\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchQuery($text: String!, $kinds: [SearchResultKind!], $first: Int, $after: String) {\n    search(text: $text, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        kind\n        rank\n        matchedWords\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n        span {\n          start\n          end\n          document {\n            slug\n            text\n          }\n        }\n        node {\n          __typename\n          id\n          ... on Actor {\n            slug\n            name\n          }\n          ... on Event {\n            title\n            location\n          }\n          ... on Statement {\n            kind\n            text\n          }\n          ... on Figure {\n            amount\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title\n      text\n      publishedAt\n      publishedAtBasis\n      publisher {\n        slug\n      }\n      contributors {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DocumentSpansQuery($slug: String!) {\n    document(slug: $slug) {\n      title\n      text\n      publishedAt\n      publishedAtBasis\n      publisher {\n        slug\n      }\n      contributors {\n        slug\n      }\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind\n        category\n        modality\n        summary\n        demand\n        lever\n        source {\n          slug\n          name\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WhoPressuredQuery($slug: String!) {\n    actor(slug: $slug) {\n      name\n      relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {\n        kind\n        category\n        modality\n        summary\n        demand\n        lever\n        source {\n          slug\n          name\n        }\n        attribution {\n          kind\n          text\n          source {\n            slug\n          }\n        }\n        evidence {\n          quote\n          start\n          end\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        kind\n        category\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          start\n          end\n          precision\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RelationsByFilterQuery($filter: RelationFilter, $first: Int) {\n    relations(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        kind\n        category\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          start\n          end\n          precision\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug\n        title\n        location\n        secret\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          kind\n          text\n        }\n        participants {\n          role\n          outcome\n          actor {\n            slug\n          }\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingQuery($text: String) {\n    events(filter: { text: $text }) {\n      nodes {\n        slug\n        title\n        location\n        secret\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          kind\n          text\n        }\n        participants {\n          role\n          outcome\n          actor {\n            slug\n          }\n          evidence {\n            quote\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes {\n        kind\n        speaker {\n          slug\n          name\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NonResponsesQuery {\n    statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY], first: 100) {\n      nodes {\n        kind\n        speaker {\n          slug\n          name\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount\n        currency\n        summary\n        modality\n        period {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          source {\n            slug\n            name\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FiguresQuery {\n    figures(first: 100) {\n      nodes {\n        amount\n        currency\n        summary\n        modality\n        period {\n          text\n          start\n          end\n          precision\n        }\n        attribution {\n          kind\n          source {\n            slug\n            name\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug\n        title\n        issues\n        parties {\n          slug\n        }\n        rounds {\n          slug\n          date {\n            start\n          }\n        }\n        deadline {\n          start\n          precision\n          basis\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NegotiationsQuery {\n    negotiations(first: 10) {\n      nodes {\n        slug\n        title\n        issues\n        parties {\n          slug\n        }\n        rounds {\n          slug\n          date {\n            start\n          }\n        }\n        deadline {\n          start\n          precision\n          basis\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from {\n          slug\n        }\n        to {\n          slug\n        }\n        via {\n          __typename\n          ... on Relation {\n            kind\n            evidence {\n              quote\n            }\n          }\n          ... on Position {\n            title\n            evidence {\n              quote\n            }\n          }\n          ... on Event {\n            slug\n            evidence {\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PathsQuery($from: String!, $to: String!, $maxLength: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength) {\n      length\n      steps {\n        from {\n          slug\n        }\n        to {\n          slug\n        }\n        via {\n          __typename\n          ... on Relation {\n            kind\n            evidence {\n              quote\n            }\n          }\n          ... on Position {\n            title\n            evidence {\n              quote\n            }\n          }\n          ... on Event {\n            slug\n            evidence {\n              quote\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AllActorsQuery {\n    actors(first: 100) {\n      nodes {\n        slug\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AllActorsQuery {\n    actors(first: 100) {\n      nodes {\n        slug\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) {\n      positions {\n        title\n        acting\n        organization {\n          slug\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PositionsQuery($slug: String!) {\n    actor(slug: $slug) {\n      positions {\n        title\n        acting\n        organization {\n          slug\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryReviewQuery($slug: String!) {\n    document(slug: $slug) {\n      text\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n    actors(first: 100) {\n      nodes {\n        slug\n        aliases\n        evidence {\n          quote\n        }\n      }\n    }\n    relations(first: 100) {\n      totalCount\n      nodes {\n        kind\n        modality\n        demand\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        event {\n          slug\n        }\n        attribution {\n          id\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    events(first: 100) {\n      nodes {\n        slug\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          id\n        }\n        participants {\n          role\n          actor {\n            slug\n          }\n          attribution {\n            id\n          }\n          evidence {\n            quote\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    figures(first: 100) {\n      nodes {\n        attribution {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StoryReviewQuery($slug: String!) {\n    document(slug: $slug) {\n      text\n      evidence {\n        start\n        end\n        quote\n        supports {\n          __typename\n          id\n        }\n      }\n    }\n    actors(first: 100) {\n      nodes {\n        slug\n        aliases\n        evidence {\n          quote\n        }\n      }\n    }\n    relations(first: 100) {\n      totalCount\n      nodes {\n        kind\n        modality\n        demand\n        source {\n          slug\n        }\n        target {\n          slug\n        }\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        event {\n          slug\n        }\n        attribution {\n          id\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    events(first: 100) {\n      nodes {\n        slug\n        date {\n          text\n          start\n          end\n          precision\n          basis\n        }\n        attribution {\n          id\n        }\n        participants {\n          role\n          actor {\n            slug\n          }\n          attribution {\n            id\n          }\n          evidence {\n            quote\n          }\n        }\n        evidence {\n          quote\n        }\n      }\n    }\n    figures(first: 100) {\n      nodes {\n        attribution {\n          id\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
