import { graphql } from '@community-hub/web-graphql';

export const twoFactorStatusQuery = graphql(`
  query TwoFactorStatus {
    me {
      id
      twoFactorEnabled
      twoFactorSetupRequired
    }
  }
`);

export const setupTwoFactorMutation = graphql(`
  mutation SetupTwoFactor {
    setupTwoFactor {
      secret
      otpauthUrl
    }
  }
`);

export const enableTwoFactorMutation = graphql(`
  mutation EnableTwoFactor($code: String!) {
    enableTwoFactor(code: $code)
  }
`);

export const disableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

export const identityProviderQuery = graphql(`
  query IdentityProvider {
    identityProvider {
      buttonLabel
      startPath
    }
  }
`);
