import { graphql } from '@community-hub/web-graphql';

export const mySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      device
      lastSeenAt
      createdAt
      current
    }
  }
`);

export const revokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const revokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

// The new token is left unasked: the API sets it as the session cookie.
export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
    }
  }
`);

export const mySecurityLogQuery = graphql(`
  query MySecurityLog($first: Int, $after: String) {
    mySecurityLog(first: $first, after: $after) {
      nodes {
        id
        kind
        occurredAt
        address
        device
        detail
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const securityLogSearchQuery = graphql(`
  query SecurityLogSearch($person: String, $kind: SecurityEventKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    securityLog(person: $person, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
      nodes {
        id
        kind
        occurredAt
        address
        device
        detail
        userId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
