import { graphql } from '@community-hub/web-graphql';

export const networkSettingsQuery = graphql(`
  query NetworkSettings($slug: String!) {
    network(slug: $slug) {
      id
      name
      description
      visibility
      welcomeMessage
      area
    }
  }
`);

export const updateNetworkMutation = graphql(`
  mutation UpdateNetwork($input: UpdateNetworkInput!) {
    updateNetwork(input: $input) {
      id
      name
      description
      visibility
      welcomeMessage
      area
    }
  }
`);

export const networkInvitationsQuery = graphql(`
  query NetworkInvitations($slug: String!, $status: NetworkInvitationStatus, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      invitations(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          email
          name
          organisation
          status
          createdAt
          expiresAt
          sentAt
        }
      }
    }
  }
`);

export const invitationPreviewQuery = graphql(`
  query NetworkInvitationPreview($input: InviteToNetworkInput!) {
    networkInvitationPreview(input: $input) {
      toSend
      rows {
        line
        email
        name
        organisation
        outcome
        problem
      }
    }
  }
`);

export const inviteToNetworkMutation = graphql(`
  mutation InviteToNetwork($input: InviteToNetworkInput!) {
    inviteToNetwork(input: $input) {
      id
      email
      status
      createdAt
    }
  }
`);

export const resendInvitationMutation = graphql(`
  mutation ResendNetworkInvitation($invitationId: ID!) {
    resendNetworkInvitation(invitationId: $invitationId) {
      id
      status
      expiresAt
      sentAt
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation RevokeNetworkInvitation($invitationId: ID!) {
    revokeNetworkInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const invitationLinkQuery = graphql(`
  query NetworkInvitationLink($token: String!) {
    networkInvitationLink(token: $token) {
      networkName
      networkSlug
      email
      status
      expiresAt
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptNetworkInvitation($token: String!) {
    acceptNetworkInvitation(token: $token) {
      id
      status
      role
      network {
        id
        slug
        name
        welcomeMessage
      }
    }
  }
`);

export const networkReportQuery = graphql(`
  query NetworkReport($slug: String!, $months: Int!) {
    network(slug: $slug) {
      id
      name
      report(months: $months) {
        csv
        months {
          month
          activeMembers
          activeOrganisations
          threads
          replies
          documentsAdded
          documentsDownloaded
          eventsHeld
          going
          attended
          opportunities
          consortiaFormed
          consortiaSubmitted
          consortiaWon
          consortiaLost
        }
      }
    }
  }
`);

export const adminNetworksQuery = graphql(`
  query AdminNetworks {
    networks {
      id
      slug
      name
      area
      visibility
    }
  }
`);

export const platformPeopleQuery = graphql(`
  query PlatformPeople($search: String, $first: Int, $after: String) {
    platformPeople(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        email
        isPlatformAdmin
        createdAt
        networkCount
        twoFactorEnabled
      }
    }
    suspendedUserIds
  }
`);

export const resetUserTwoFactorMutation = graphql(`
  mutation ResetUserTwoFactor($userId: ID!) {
    resetUserTwoFactor(userId: $userId)
  }
`);

export const suspendUserMutation = graphql(`
  mutation SuspendUser($input: PlatformSuspensionInput!) {
    suspendUser(input: $input)
  }
`);

export const liftUserSuspensionMutation = graphql(`
  mutation LiftUserSuspension($input: PlatformSuspensionInput!) {
    liftUserSuspension(input: $input)
  }
`);

export const createNetworkMutation = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      slug
      name
    }
  }
`);
