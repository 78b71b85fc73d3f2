import { graphql } from '@community-hub/web-graphql';

// Apart from moderation.documents (on the first page with ReportButton): only the lazy moderation queue uses these.
export const heldPostsQuery = graphql(`
  query HeldPosts($slug: String!) {
    network(slug: $slug) {
      id
      heldPosts(first: 50) {
        totalCount
        nodes {
          id
          body
          position
          createdAt
          author {
            id
            name
          }
          thread {
            id
            title
          }
        }
      }
    }
  }
`);

export const approveHeldPostMutation = graphql(`
  mutation ApproveHeldPost($postId: ID!) {
    approveHeldPost(postId: $postId) {
      id
      position
      holdStatus
    }
  }
`);

export const rejectHeldPostMutation = graphql(`
  mutation RejectHeldPost($input: RejectHeldPostInput!) {
    rejectHeldPost(input: $input) {
      id
      holdStatus
      deleted
    }
  }
`);
