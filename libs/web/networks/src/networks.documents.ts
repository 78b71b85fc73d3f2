import { graphql } from '@community-hub/web-graphql';

export const networksQuery = graphql(`
  query Networks {
    networks {
      id
      slug
      name
      area
      visibility
      myMembership {
        id
        role
        status
      }
    }
  }
`);

export const networkQuery = graphql(`
  query Network($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      area
      description
      visibility
      welcomeMessage
      myMembership {
        id
        role
        status
        createdAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const membersQuery = graphql(`
  query NetworkMembers($slug: String!, $status: MembershipStatus!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      members(status: $status, first: $first, after: $after) {
        totalCount
        nodes {
          id
          role
          status
          createdAt
          user {
            id
            name
          }
          organisation {
            id
            name
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const organisationsQuery = graphql(`
  query NetworkOrganisations($slug: String!, $query: String, $kind: OrganisationKind, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      organisations(query: $query, kind: $kind, first: $first, after: $after) {
        totalCount
        nodes {
          id
          name
          kind
          description
          website
          charityNumber
          companyNumber
          representatives {
            id
            name
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const membershipUpdatedSubscription = graphql(`
  subscription MembershipUpdated($networkId: ID!) {
    membershipUpdated(networkId: $networkId) {
      id
      role
      status
      user {
        id
        name
      }
    }
  }
`);

export const joinNetworkMutation = graphql(`
  mutation JoinNetwork($networkId: ID!) {
    joinNetwork(networkId: $networkId) {
      id
      role
      status
    }
  }
`);

export const leaveNetworkMutation = graphql(`
  mutation LeaveNetwork($networkId: ID!) {
    leaveNetwork(networkId: $networkId)
  }
`);

export const approveMembershipMutation = graphql(`
  mutation ApproveMembership($membershipId: ID!) {
    approveMembership(membershipId: $membershipId) {
      id
      role
      status
    }
  }
`);

export const declineMembershipMutation = graphql(`
  mutation DeclineMembership($membershipId: ID!) {
    declineMembership(membershipId: $membershipId)
  }
`);

export const suspendMembershipMutation = graphql(`
  mutation SuspendMembership($membershipId: ID!) {
    suspendMembership(membershipId: $membershipId) {
      id
      role
      status
    }
  }
`);

export const reinstateMembershipMutation = graphql(`
  mutation ReinstateMembership($membershipId: ID!) {
    reinstateMembership(membershipId: $membershipId) {
      id
      role
      status
    }
  }
`);

export const setMembershipRoleMutation = graphql(`
  mutation SetMembershipRole($membershipId: ID!, $role: MembershipRole!) {
    setMembershipRole(membershipId: $membershipId, role: $role) {
      id
      role
      status
    }
  }
`);

export const myMembershipsQuery = graphql(`
  query MyMemberships {
    myMemberships {
      id
      role
      status
      network {
        id
        slug
        name
      }
      organisation {
        id
        name
      }
    }
  }
`);

export const myOrganisationsQuery = graphql(`
  query MyOrganisations {
    myOrganisations {
      id
      name
      kind
      description
      website
      charityNumber
      companyNumber
    }
  }
`);

export const createOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      kind
      description
      website
      charityNumber
      companyNumber
    }
  }
`);

export const membershipRemovedSubscription = graphql(`
  subscription MembershipRemoved($networkId: ID!) {
    membershipRemoved(networkId: $networkId)
  }
`);
