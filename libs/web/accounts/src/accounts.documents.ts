import { graphql } from '@community-hub/web-graphql';

export const meQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      isPlatformAdmin
      emailVerified
      twoFactorSetupRequired
    }
  }
`);

// The payload's token is left unasked: the session travels in an httpOnly cookie.
export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const registerMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const updateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
    }
  }
`);

export const personQuery = graphql(`
  query Person($id: ID!) {
    user(id: $id) {
      id
      name
      formerMember
      organisations {
        id
        name
      }
      networksInCommon {
        id
        slug
        name
      }
      recentPosts {
        id
        body
        createdAt
        thread {
          id
          title
          network {
            slug
          }
        }
      }
    }
  }
`);

export const myDataExportsQuery = graphql(`
  query MyDataExports {
    myDataExports {
      id
      status
      createdAt
      expiresAt
      downloadUrl
    }
  }
`);

export const requestMyDataExportMutation = graphql(`
  mutation RequestMyDataExport {
    requestMyDataExport {
      id
      status
      createdAt
      expiresAt
      downloadUrl
    }
  }
`);

export const deleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String) {
    deleteMyAccount(password: $password)
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

export const resendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export const requestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input)
  }
`);

export const platformStatusQuery = graphql(`
  query PlatformStatus {
    platformStatus {
      mailDelivery
    }
  }
`);
