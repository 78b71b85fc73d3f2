import { graphql } from '@community-hub/web-graphql';

export const opportunitySummaryFragment = graphql(`
  fragment OpportunitySummary on Opportunity {
    id
    title
    funder
    value
    status
    closingSoon
    deadline
    clarificationDeadline
    expressionOfInterestDeadline
    serviceTags
    areas
    lots
  }
`);

export const interestFieldsFragment = graphql(`
  fragment InterestFields on Interest {
    id
    role
    lots
    capabilities
    capacity
    areas
    services
    note
    updatedAt
    organisation {
      id
      name
    }
    expressedBy {
      id
      name
    }
  }
`);

export const consortiumMemberFieldsFragment = graphql(`
  fragment ConsortiumMemberFields on ConsortiumMember {
    id
    status
    role
    responsibilities
    sharePercent
    signed
    signedAt
    respondedAt
    organisation {
      id
      name
    }
    signedBy {
      id
      name
    }
  }
`);

export const networkOpportunitiesQuery = graphql(`
  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      opportunities(status: $status, first: $first, after: $after) {
        totalCount
        nodes {
          ...OpportunitySummary
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const createOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...OpportunitySummary
    }
  }
`);

export const opportunityQuery = graphql(`
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      ...OpportunitySummary
      description
      url
      createdAt
      postedBy {
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
      myConsortia {
        id
        name
        status
        lead {
          id
          name
        }
      }
    }
  }
`);

export const opportunityInterestsQuery = graphql(`
  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {
    opportunity(id: $id) {
      id
      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {
        totalCount
        nodes {
          ...InterestFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const myRepresentedOrganisationsQuery = graphql(`
  query MyRepresentedOrganisations($networkId: ID) {
    myOrganisations(networkId: $networkId) {
      id
      name
    }
  }
`);

export const expressInterestMutation = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      ...InterestFields
    }
  }
`);

export const withdrawInterestMutation = graphql(`
  mutation WithdrawInterest($interestId: ID!) {
    withdrawInterest(interestId: $interestId)
  }
`);

export const formConsortiumMutation = graphql(`
  mutation FormConsortium($input: FormConsortiumInput!) {
    formConsortium(input: $input) {
      id
      name
      status
      lead {
        id
        name
      }
    }
  }
`);

export const consortiumQuery = graphql(`
  query Consortium($id: ID!) {
    consortium(id: $id) {
      id
      name
      status
      statusChangedAt
      outcome
      feedback
      createdAt
      lead {
        id
        name
      }
      opportunity {
        id
        title
        funder
        deadline
        status
      }
      network {
        id
        slug
        name
      }
      members {
        ...ConsortiumMemberFields
      }
      agreement {
        version
        dataSharing
        exitTerms
        totalSharePercent
        complete
        updatedAt
        unsignedMembers {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const directoryOrganisationsQuery = graphql(`
  query DirectoryOrganisations($slug: String!, $query: String, $first: Int) {
    network(slug: $slug) {
      id
      organisations(query: $query, first: $first) {
        nodes {
          id
          name
        }
      }
    }
  }
`);

export const inviteToConsortiumMutation = graphql(`
  mutation InviteToConsortium($input: InviteToConsortiumInput!) {
    inviteToConsortium(input: $input) {
      ...ConsortiumMemberFields
    }
  }
`);

export const setConsortiumStatusMutation = graphql(`
  mutation SetConsortiumStatus($input: SetConsortiumStatusInput!) {
    setConsortiumStatus(input: $input) {
      id
      status
      statusChangedAt
      outcome
      feedback
    }
  }
`);

export const updateConsortiumAgreementMutation = graphql(`
  mutation UpdateConsortiumAgreement($input: UpdateConsortiumAgreementInput!) {
    updateConsortiumAgreement(input: $input) {
      id
      members {
        ...ConsortiumMemberFields
      }
      agreement {
        version
        dataSharing
        exitTerms
        totalSharePercent
        complete
        updatedAt
        unsignedMembers {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const signConsortiumAgreementMutation = graphql(`
  mutation SignConsortiumAgreement($consortiumId: ID!, $organisationId: ID!) {
    signConsortiumAgreement(consortiumId: $consortiumId, organisationId: $organisationId) {
      ...ConsortiumMemberFields
    }
  }
`);

export const consortiumThreadsQuery = graphql(`
  query ConsortiumThreads($id: ID!, $first: Int, $after: String) {
    consortium(id: $id) {
      id
      threads(first: $first, after: $after) {
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

export const consortiumFoldersQuery = graphql(`
  query ConsortiumFolders($id: ID!) {
    consortium(id: $id) {
      id
      folders {
        id
        name
        parentId
      }
    }
  }
`);

export const consortiumDocumentsQuery = graphql(`
  query ConsortiumDocuments($id: ID!, $folderId: ID, $first: Int, $after: String) {
    consortium(id: $id) {
      id
      documents(folderId: $folderId, first: $first, after: $after) {
        totalCount
        nodes {
          ...LibraryDocumentSummary
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const myConsortiumInvitationsQuery = graphql(`
  query MyConsortiumInvitations {
    myConsortiumInvitations {
      id
      role
      status
      createdAt
      organisation {
        id
        name
      }
      invitedBy {
        id
        name
      }
      consortium {
        id
        name
        status
        lead {
          id
          name
        }
        opportunity {
          id
          title
          funder
          deadline
        }
        network {
          id
          slug
          name
        }
      }
    }
  }
`);

export const respondToInvitationMutation = graphql(`
  mutation RespondToInvitation($memberId: ID!, $accept: Boolean!) {
    respondToInvitation(memberId: $memberId, accept: $accept) {
      id
      status
      respondedAt
      consortium {
        id
        name
        network {
          id
          slug
        }
      }
    }
  }
`);

export const myConsortiaQuery = graphql(`
  query MyConsortia {
    myConsortia {
      id
      name
      status
      lead {
        id
        name
      }
      opportunity {
        id
        title
        deadline
      }
      network {
        id
        slug
        name
      }
    }
  }
`);

export const myDeadlineRemindersQuery = graphql(`
  query MyDeadlineReminders {
    myDeadlineReminders {
      id
      kind
      daysBefore
      deadlineAt
      organisation {
        id
        name
      }
      consortium {
        id
        name
      }
      opportunity {
        id
        title
        network {
          id
          slug
        }
      }
    }
  }
`);
