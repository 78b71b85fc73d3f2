import { graphql } from '@community-hub/web-graphql';

/** Everything the signed-in home shows, in one request. */
export const signedInHomeQuery = graphql(`
  query SignedInHome {
    myLatestThreads(first: 6) {
      ...ThreadSummary
      network {
        id
        slug
        name
      }
      consortium {
        id
        name
      }
    }
    myUpcomingEvents(first: 5) {
      id
      title
      startsAt
      endsAt
      location
      online
      myRsvp
      network {
        id
        slug
        name
      }
    }
    myConsortia {
      id
      name
      status
      network {
        id
        slug
      }
      opportunity {
        id
        title
        deadline
        expressionOfInterestDeadline
        clarificationDeadline
      }
    }
    myConsortiumInvitations {
      id
      organisation {
        id
        name
      }
      consortium {
        id
        name
        network {
          id
          slug
        }
        opportunity {
          id
          title
        }
      }
    }
    unreadNotificationCount
    notifications(first: 5, unreadOnly: true) {
      nodes {
        id
        title
        path
        createdAt
      }
    }
  }
`);
