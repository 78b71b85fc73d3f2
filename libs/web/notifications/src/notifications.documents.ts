import { graphql } from '@community-hub/web-graphql';

export const notificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    path
    createdAt
    readAt
    network {
      id
      slug
      name
    }
    actor {
      id
      name
    }
  }
`);

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const unreadCountChangedSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      nodes {
        ...NotificationFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const markNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($notificationId: ID!) {
    markNotificationRead(notificationId: $notificationId) {
      id
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      network {
        id
        slug
        name
      }
    }
  }
`);

export const setNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {
    setNotificationPreference(networkId: $networkId, email: $email) {
      email
      network {
        id
        slug
        name
      }
    }
  }
`);

export const mentionableUsersQuery = graphql(`
  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {
    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {
      id
      name
    }
  }
`);
