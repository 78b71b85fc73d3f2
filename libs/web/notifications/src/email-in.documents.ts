import { graphql } from '@community-hub/web-graphql';

export const networkEmailQuery = graphql(`
  query NetworkEmail($slug: String!) {
    network(slug: $slug) {
      id
      threadsByEmail
      emailAddress
    }
  }
`);

export const setNetworkThreadsByEmailMutation = graphql(`
  mutation SetNetworkThreadsByEmail($networkId: ID!, $enabled: Boolean!) {
    setNetworkThreadsByEmail(networkId: $networkId, enabled: $enabled) {
      id
      threadsByEmail
      emailAddress
    }
  }
`);

export const emailDeliveryStoppedQuery = graphql(`
  query EmailDeliveryStopped {
    me {
      id
      email
      emailDeliveryStopped {
        reason
        detail
        since
      }
    }
  }
`);
