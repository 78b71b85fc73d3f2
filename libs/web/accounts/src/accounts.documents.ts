import { graphql } from '@community-hub/web-graphql';

export const meQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      isPlatformAdmin
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
