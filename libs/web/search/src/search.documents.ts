import { graphql } from '@community-hub/web-graphql';

export const searchHitFieldsFragment = graphql(`
  fragment SearchHitFields on SearchHit {
    kind
    id
    title
    snippet
    authorBlocked
    rank
    at
    threadId
    path
    network {
      id
      slug
      name
    }
  }
`);

export const searchQuery = graphql(`
  query Search(
    $query: String!
    $networkSlug: String
    $kinds: [SearchKind!]
    $from: DateTime
    $to: DateTime
    $first: Int
    $offset: Int
  ) {
    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {
      ...SearchHitFields
    }
  }
`);

export const searchCountsQuery = graphql(`
  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {
    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {
      kind
      count
    }
  }
`);
