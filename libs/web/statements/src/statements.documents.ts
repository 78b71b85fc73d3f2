import { graphql } from '@community-hub/web-graphql';

export const statementQuery = graphql(`
  query Statement($kind: StatementKind!) {
    statement(kind: $kind) {
      kind
      body
      version
      publishedAt
    }
    me {
      id
      isPlatformAdmin
    }
  }
`);

export const updateStatementMutation = graphql(`
  mutation UpdateStatement($input: UpdateStatementInput!) {
    updateStatement(input: $input) {
      kind
      body
      version
      publishedAt
    }
  }
`);

/** Whether the signed-in person has accepted the current terms (the interstitial asks when not). */
export const termsStatusQuery = graphql(`
  query TermsStatus {
    me {
      id
      termsAcceptedVersion
    }
    statement(kind: TERMS) {
      kind
      version
    }
  }
`);

export const currentTermsVersionQuery = graphql(`
  query CurrentTermsVersion {
    statement(kind: TERMS) {
      kind
      version
    }
  }
`);

export const acceptTermsMutation = graphql(`
  mutation AcceptTerms($version: Int!) {
    acceptTerms(version: $version) {
      id
      termsAcceptedVersion
    }
  }
`);
