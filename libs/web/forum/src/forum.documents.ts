import { graphql } from '@community-hub/web-graphql';

export const threadSummaryFragment = graphql(`
  fragment ThreadSummary on Thread {
    id
    title
    tags
    pinned
    locked
    holdStatus
    postCount
    unreadCount
    createdAt
    lastActivityAt
    author {
      id
      name
    }
    lastPoster {
      id
      name
    }
  }
`);

export const postFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    position
    body
    deleted
    holdStatus
    authorBlocked
    createdAt
    editedAt
    author {
      id
      name
    }
    replyTo {
      id
      position
      body
      deleted
      author {
        id
        name
      }
    }
  }
`);

export const networkThreadsQuery = graphql(`
  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {
    network(slug: $slug) {
      id
      threads(first: $first, after: $after, tag: $tag) {
        nodes {
          ...ThreadSummary
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const threadAddedSubscription = graphql(`
  subscription ThreadAdded($networkId: ID!) {
    threadAdded(networkId: $networkId) {
      ...ThreadSummary
    }
  }
`);

export const createThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadSummary
    }
  }
`);

export const threadQuery = graphql(`
  query Thread($id: ID!) {
    thread(id: $id) {
      ...ThreadSummary
      canModerate
      myWatchLevel
      firstUnreadPosition
      pendingReplies {
        ...PostFields
      }
      consortium {
        id
        name
      }
      network {
        id
        slug
        name
        myMembership {
          id
          role
          status
        }
      }
    }
  }
`);

export const threadPostsQuery = graphql(`
  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {
    thread(id: $id) {
      id
      posts(first: $first, after: $after, fromPosition: $fromPosition) {
        nodes {
          ...PostFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const threadUpdatedSubscription = graphql(`
  subscription ThreadUpdated($networkId: ID!) {
    threadUpdated(networkId: $networkId) {
      ...ThreadSummary
    }
  }
`);

export const postAddedSubscription = graphql(`
  subscription PostAdded($threadId: ID!) {
    postAdded(threadId: $threadId) {
      ...PostFields
    }
  }
`);

export const postUpdatedSubscription = graphql(`
  subscription PostUpdated($threadId: ID!) {
    postUpdated(threadId: $threadId) {
      ...PostFields
    }
  }
`);

export const replyToThreadMutation = graphql(`
  mutation ReplyToThread($input: ReplyToThreadInput!) {
    replyToThread(input: $input) {
      ...PostFields
    }
  }
`);

export const editPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
`);

export const deletePostMutation = graphql(`
  mutation DeletePost($postId: ID!, $reason: String) {
    deletePost(postId: $postId, reason: $reason) {
      ...PostFields
    }
  }
`);

export const pinThreadMutation = graphql(`
  mutation PinThread($input: SetThreadFlagInput!) {
    pinThread(input: $input) {
      id
      pinned
    }
  }
`);

export const lockThreadMutation = graphql(`
  mutation LockThread($input: SetThreadFlagInput!) {
    lockThread(input: $input) {
      id
      locked
    }
  }
`);

export const retagThreadMutation = graphql(`
  mutation RetagThread($input: RetagThreadInput!) {
    retagThread(input: $input) {
      id
      tags
    }
  }
`);

export const markThreadReadMutation = graphql(`
  mutation MarkThreadRead($threadId: ID!, $position: Int) {
    markThreadRead(threadId: $threadId, position: $position) {
      id
      unreadCount
    }
  }
`);

export const watchThreadMutation = graphql(`
  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {
    watchThread(threadId: $threadId, level: $level) {
      id
      myWatchLevel
    }
  }
`);
