export { SessionProvider, useSession, SIGN_IN_MESSAGES, SIGN_UP_MESSAGES, type Session, type SessionUser } from './session';
export { SignInPage } from './sign-in-page';
export { SignUpPage } from './sign-up-page';
export { ProfilePage } from './profile-page';
export { RequireSession } from './require-session';
export { safeNextPath, signInPath } from './safe-next';
export { meQuery, loginMutation, registerMutation, logoutMutation, updateMyProfileMutation } from './accounts.documents';
export { TestProviders } from './testing/app-providers';
