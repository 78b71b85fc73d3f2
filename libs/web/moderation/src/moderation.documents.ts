import { graphql } from '@community-hub/web-graphql';

export const reportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      id
      status
    }
  }
`);

export const reportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    kind
    reason
    note
    status
    action
    createdAt
    resolvedAt
    resolutionNote
    targetId
    excerpt
    path
  }
`);

export const moderationQueueQuery = graphql(`
  query ModerationQueue($slug: String!, $status: ReportStatus!, $after: String) {
    network(slug: $slug) {
      id
      name
      openReportCount
      reports(status: $status, first: 50, after: $after) {
        nodes {
          ...ReportFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const resolveReportMutation = graphql(`
  mutation ResolveReport($input: ResolveReportInput!) {
    resolveReport(input: $input) {
      id
      status
      action
    }
  }
`);

export const openReportCountSubscription = graphql(`
  subscription OpenReportCountChanged($networkId: ID!) {
    openReportCountChanged(networkId: $networkId)
  }
`);

export const auditLogQuery = graphql(`
  query AuditLog($slug: String!, $after: String) {
    network(slug: $slug) {
      id
      name
      auditLogCsvPath
      auditLog(first: 50, after: $after) {
        nodes {
          id
          action
          subjectKind
          subjectId
          note
          createdAt
          actor {
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

export const myBlocksQuery = graphql(`
  query MyBlocks {
    myBlocks {
      id
      name
    }
  }
`);

export const blockUserMutation = graphql(`
  mutation BlockUser($userId: ID!) {
    blockUser(userId: $userId)
  }
`);

export const unblockUserMutation = graphql(`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId)
  }
`);

export const myReportsQuery = graphql(`
  query MyReports($status: ReportStatus!) {
    myReports(status: $status, first: 50) {
      nodes {
        ...ReportFields
      }
    }
  }
`);
