import { collect, PASSWORD, startTestApp, type GqlResult, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

/**
 * Every operation of the schema, tried by every kind of caller against a
 * PRIVATE network: anonymous, a signed-in outsider, a pending member, a
 * suspended member, a member, a coordinator, a network admin and a platform
 * admin. A new operation without a row here fails the first test.
 */
type Role = 'anonymous' | 'outsider' | 'pending' | 'suspended' | 'member' | 'coordinator' | 'admin' | 'platformAdmin';
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
const ROLES: Role[] = ['anonymous', 'outsider', 'pending', 'suspended', 'member', 'coordinator', 'admin', 'platformAdmin'];

interface Ctx {
  t: TestApp;
  s: NetworkScenario;
  token(role: Role): string | undefined;
  freshPending(): Promise<string>;
  freshMember(): Promise<string>;
  freshSuspended(): Promise<string>;
  privateOrganisation: { id: string; representative: TestUser };
  privateThread: { id: string; memberPostId: string };
  freshMemberPost(): Promise<string>;
  /** A reply by the member held for approval (as a newcomer's would be, where the network holds them). */
  freshHeldPost(): Promise<string>;
  /** A fresh upload by the member, with its bytes sent. */
  memberUpload(): Promise<{ uploadId: string; url: string }>;
  privateDocumentId: string;
  /** A future event in the private network, organised by the member. */
  privateEventId: string;
  freshMemberEvent(): Promise<string>;
  /** An open opportunity in the private network, posted by the member. */
  privateOpportunityId: string;
  /** A consortium led by the member's organisation, with a drafted agreement. */
  privateConsortiumId: string;
  freshOpportunity(): Promise<string>;
  freshConsortium(): Promise<string>;
  /** An invitation from the member's consortium to a new organisation the member also represents. */
  freshInvitation(): Promise<string>;
  freshInterest(): Promise<string>;
  /** A new organisation listed in the private network. */
  freshOrganisation(): Promise<string>;
  /** A pending email invitation to the private network, sent by the coordinator. */
  freshNetworkInvitation(): Promise<string>;
  /** An import's upload with its bytes (an empty zip) sent, by the token's holder; null when they may not import. */
  zipUpload(token: string | undefined): Promise<{ uploadId: string } | null>;
  /** An import into the private network, started by the coordinator. */
  libraryImportId: string;
}

interface Row {
  run(ctx: Ctx, role: Role): Promise<GqlResult | Outcome>;
  expect: Record<Role, Outcome>;
}

/** Same outcome for a signed-in caller of any role; anonymous is refused. */
const signedIn = (outcome: Outcome = 'ok'): Record<Role, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  outsider: outcome,
  pending: outcome,
  suspended: outcome,
  member: outcome,
  coordinator: outcome,
  admin: outcome,
  platformAdmin: outcome,
});
const everyone = (outcome: Outcome): Record<Role, Outcome> => ({ ...signedIn(outcome), anonymous: outcome });
const moderators: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'FORBIDDEN',
  pending: 'FORBIDDEN',
  suspended: 'FORBIDDEN',
  member: 'FORBIDDEN',
  coordinator: 'ok',
  admin: 'ok',
  platformAdmin: 'ok',
};
const readers: Record<Role, Outcome> = { ...moderators, member: 'ok' };
/** Reached through a private thread: people who may not read the network are told it does not exist. */
const threadReaders: Record<Role, Outcome> = {
  ...readers,
  outsider: 'NOT_FOUND',
  pending: 'NOT_FOUND',
  suspended: 'NOT_FOUND',
};
const threadModerators: Record<Role, Outcome> = { ...threadReaders, member: 'FORBIDDEN' };
const representativeOnly: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'NOT_FOUND',
  pending: 'NOT_FOUND',
  suspended: 'NOT_FOUND',
  member: 'ok', // the member represents the organisation
  coordinator: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  platformAdmin: 'ok',
};

/** A consortium's workspace: only its accepted members' representatives (the member); NOT_FOUND for all others. */
const consortiumOnly: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'NOT_FOUND',
  pending: 'NOT_FOUND',
  suspended: 'NOT_FOUND',
  member: 'ok',
  coordinator: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  platformAdmin: 'NOT_FOUND',
};
/** Acting for an organisation on a private opportunity: only its representative (the member). */
const opportunityRepresentative: Record<Role, Outcome> = {
  ...consortiumOnly,
  coordinator: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  platformAdmin: 'FORBIDDEN',
};

const gql =
  (query: string, variables: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({})) =>
  async (ctx: Ctx, role: Role) =>
    ctx.t.gql(query, await variables(ctx), ctx.token(role));

/** A new session of the role's person (signed in again), or none for anonymous. */
async function freshSessionOf(ctx: Ctx, role: Role): Promise<string | undefined> {
  if (role === 'anonymous') return undefined;
  const password = role === 'platformAdmin' ? ADMIN_ENV.ADMIN_PASSWORD : PASSWORD;
  return (await ctx.t.login(ctx.s[role].email, password)).token;
}

const JOIN = 'mutation($id: ID!) { joinNetwork(networkId: $id) { id } }';
const APPROVE = 'mutation($id: ID!) { approveMembership(membershipId: $id) { id } }';
const SUSPEND = 'mutation($id: ID!) { suspendMembership(membershipId: $id) { id } }';
const SET_ROLE = 'mutation($id: ID!, $r: MembershipRole!) { setMembershipRole(membershipId: $id, role: $r) { id } }';

const MATRIX: Record<string, Row> = {
  // ---- queries
  me: { run: gql('{ me { id } }'), expect: { ...signedIn('ok'), anonymous: 'null' } },
  myMemberships: { run: gql('{ myMemberships { id } }'), expect: signedIn('ok') },
  myOrganisations: { run: gql('{ myOrganisations { id } }'), expect: signedIn('ok') },
  networks: {
    // Anyone may list; a private network is listed to signed-in people only (so they can ask to join).
    run: async (ctx, role) => {
      const result = await ctx.t.gql('{ networks { id } }', {}, ctx.token(role));
      if (result.errors) return result;
      return result.data.networks.some((n: { id: string }) => n.id === ctx.s.networkId) ? 'ok' : 'null';
    },
    expect: { ...signedIn('ok'), anonymous: 'null' },
  },
  network: {
    run: gql('query($slug: String!) { network(slug: $slug) { id } }', (ctx) => ({ slug: ctx.s.slug })),
    expect: { ...signedIn('ok'), anonymous: 'null' },
  },
  organisation: {
    run: gql('query($id: ID!) { organisation(id: $id) { id } }', (ctx) => ({ id: ctx.privateOrganisation.id })),
    expect: { ...readers, anonymous: 'NOT_FOUND', outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND' },
  },
  organisations: {
    run: gql('query($id: ID!) { organisations(networkId: $id) { totalCount } }', (ctx) => ({ id: ctx.s.networkId })),
    expect: { ...readers, anonymous: 'NOT_FOUND' },
  },

  // ---- statements (/accessibility, /privacy, /terms)
  statement: { run: gql('{ statement(kind: PRIVACY) { version } }'), expect: everyone('ok') },
  updateStatement: {
    // Republishing the accessibility statement's own text: only platform admins may publish.
    run: async (ctx, role) => {
      const current = await ctx.t.gql('{ statement(kind: ACCESSIBILITY) { body } }', {});
      return ctx.t.gql('mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { version } }', { i: { kind: 'ACCESSIBILITY', body: current.data.statement.body } }, ctx.token(role));
    },
    expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' },
  },
  acceptTerms: {
    // Anyone signed in accepts the current terms (the API never requires it).
    run: async (ctx, role) => {
      const current = await ctx.t.gql('{ statement(kind: TERMS) { version } }', {});
      return ctx.t.gql('mutation($v: Int!) { acceptTerms(version: $v) { id } }', { v: current.data.statement.version }, ctx.token(role));
    },
    expect: signedIn('ok'),
  },

  // ---- accounts (open to anyone by design)
  register: {
    run: async (ctx) => {
      const email = `matrix-${Math.random().toString(36).slice(2)}@example.org`;
      return ctx.t.gql('mutation($i: RegisterInput!) { register(input: $i) { token } }', {
        i: { email, password: 'long enough pass', name: 'M' },
      });
    },
    expect: everyone('ok'),
  },
  login: {
    run: gql('mutation($i: LoginInput!) { login(input: $i) { token } }', (ctx) => ({
      i: { email: ctx.s.member.email, password: 'correct horse battery' },
    })),
    expect: everyone('ok'),
  },
  // Signing out ends the session: each role signs out of a fresh session of its own, so its matrix token stays valid.
  logout: { run: async (ctx, role) => ctx.t.gql('mutation { logout }', {}, await freshSessionOf(ctx, role)), expect: everyone('ok') },
  // Own-account operations (same for every role): a fresh person each time, so the role's sessions and password stay.
  changePassword: {
    run: async (ctx, role) =>
      ctx.t.gql(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }',
        { i: { currentPassword: PASSWORD, newPassword: 'another long passphrase' } },
        role === 'anonymous' ? undefined : (await ctx.t.register('Password Changer')).token,
      ),
    expect: signedIn('ok'),
  },
  mySessions: { run: gql('{ mySessions { id current } }'), expect: signedIn('ok') },
  revokeSession: {
    // Someone else's session: every caller is told it does not exist.
    run: async (ctx, role) => {
      const stranger = await ctx.t.register('Session Stranger');
      const [session] = (await ctx.t.gql('{ mySessions { id } }', {}, stranger.token)).data.mySessions;
      return ctx.t.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: session.id }, ctx.token(role));
    },
    expect: signedIn('NOT_FOUND'),
  },
  revokeOtherSessions: {
    run: async (ctx, role) =>
      ctx.t.gql('mutation { revokeOtherSessions }', {}, role === 'anonymous' ? undefined : (await ctx.t.register('Everywhere Else')).token),
    expect: signedIn('ok'),
  },
  mySecurityLog: { run: gql('{ mySecurityLog { totalCount } }'), expect: signedIn('ok') },
  securityLog: { run: gql('{ securityLog(kind: SIGN_IN) { totalCount } }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },
  updateMyProfile: { run: gql('mutation { updateMyProfile(input: { name: "Renamed" }) { id } }'), expect: signedIn('ok') },
  // A profile is open to anyone (what it shows is decided per field: never the email to others).
  user: { run: gql('query($id: ID!) { user(id: $id) { id } }', (ctx) => ({ id: ctx.s.member.id })), expect: everyone('ok') },
  myDataExports: { run: gql('{ myDataExports { id } }'), expect: signedIn('ok') },
  requestMyDataExport: { run: gql('mutation { requestMyDataExport { id } }'), expect: signedIn('ok') },
  // A wrong password: nobody's account is deleted here (deletion itself: accounts/personal-data.int-spec).
  deleteMyAccount: { run: gql('mutation { deleteMyAccount(password: "not the password at all") }'), expect: signedIn('BAD_USER_INPUT') },
  identityProvider: { run: gql('{ identityProvider { buttonLabel } }'), expect: everyone('null') },
  setupTwoFactor: { run: gql('mutation { setupTwoFactor { secret } }'), expect: signedIn('ok') },
  // A made-up code: each person's own two-factor only, and a wrong code is refused.
  enableTwoFactor: { run: gql('mutation { enableTwoFactor(code: "000000") }'), expect: signedIn('BAD_USER_INPUT') },
  disableTwoFactor: { run: gql('mutation { disableTwoFactor(code: "000000") }'), expect: signedIn('CONFLICT') },
  // Platform admins only (the outsider has no two-factor: false, nothing to reset).
  resetUserTwoFactor: {
    run: gql('mutation($id: ID!) { resetUserTwoFactor(userId: $id) }', (ctx) => ({ id: ctx.s.outsider.id })),
    expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' },
  },
  // Recovery and verification: the emailed token is the right; without a real one, a coded refusal for everyone.
  requestPasswordReset: { run: gql('mutation { requestPasswordReset(email: "nobody-in-the-matrix@example.org") }'), expect: everyone('ok') },
  resetPassword: {
    run: gql('mutation { resetPassword(input: { token: "made-up", newPassword: "a long new passphrase" }) { token } }'),
    expect: everyone('BAD_USER_INPUT'),
  },
  verifyEmail: { run: gql('mutation { verifyEmail(token: "made-up") { id } }'), expect: everyone('BAD_USER_INPUT') },
  resendVerificationEmail: { run: gql('mutation { resendVerificationEmail }'), expect: signedIn('ok') },
  requestEmailChange: {
    run: gql('mutation { requestEmailChange(input: { newEmail: "matrix-new@example.org", password: "not the password" }) }'),
    expect: signedIn('BAD_USER_INPUT'),
  },
  platformStatus: { run: gql('{ platformStatus { mailDelivery } }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },

  // ---- networks and membership
  createNetwork: {
    run: gql('mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }', () => ({
      i: { slug: `m-${Math.random().toString(36).slice(2, 8)}`, name: 'Matrix', description: '', visibility: 'PRIVATE' },
    })),
    expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' },
  },
  platformPeople: { run: gql('{ platformPeople(first: 5) { totalCount } }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },
  updateNetwork: {
    run: gql('mutation($i: UpdateNetworkInput!) { updateNetwork(input: $i) { id } }', (ctx) => ({ i: { networkId: ctx.s.networkId, welcomeMessage: `Hello ${Math.random()}` } })),
    expect: moderators,
  },
  inviteToNetwork: {
    run: gql('mutation($i: InviteToNetworkInput!) { inviteToNetwork(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, emails: [`invitee-${Math.random().toString(36).slice(2)}@example.org`] },
    })),
    expect: moderators,
  },
  networkInvitationPreview: {
    run: gql('query($i: InviteToNetworkInput!) { networkInvitationPreview(input: $i) { toSend } }', (ctx) => ({ i: { networkId: ctx.s.networkId, emails: ['someone@example.org'] } })),
    expect: moderators,
  },
  resendNetworkInvitation: {
    run: gql('mutation($id: ID!) { resendNetworkInvitation(invitationId: $id) { id } }', async (ctx) => ({ id: await ctx.freshNetworkInvitation() })),
    expect: { ...moderators, outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND', member: 'NOT_FOUND' },
  },
  revokeNetworkInvitation: {
    run: gql('mutation($id: ID!) { revokeNetworkInvitation(invitationId: $id) { id } }', async (ctx) => ({ id: await ctx.freshNetworkInvitation() })),
    expect: { ...moderators, outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND', member: 'NOT_FOUND' },
  },
  // A link that was never sent: nothing to show, nothing to accept (the happy path: network-admin.int-spec).
  networkInvitationLink: { run: gql('{ networkInvitationLink(token: "never-sent") { networkName } }'), expect: everyone('null') },
  acceptNetworkInvitation: { run: gql('mutation { acceptNetworkInvitation(token: "never-sent") { id } }'), expect: signedIn('NOT_FOUND') },
  joinNetwork: {
    // The outsider is played by a fresh person each time, so the scenario's outsider stays outside.
    run: async (ctx, role) =>
      ctx.t.gql(JOIN, { id: ctx.s.networkId }, role === 'outsider' ? (await ctx.t.register('New Outsider')).token : ctx.token(role)),
    expect: { ...signedIn('ok'), suspended: 'FORBIDDEN' },
  },
  leaveNetwork: {
    // Each member role leaves with a fresh person in that role, so the scenario stays intact.
    run: async (ctx, role) => {
      const leave = 'mutation($id: ID!) { leaveNetwork(networkId: $id) }';
      if (role === 'anonymous' || role === 'outsider') return ctx.t.gql(leave, { id: ctx.s.networkId }, ctx.token(role));
      if (role === 'platformAdmin') {
        const result = await ctx.t.gql(leave, { id: ctx.s.networkId }, ctx.token(role));
        // Put the scenario back as it was for the rows that follow.
        await ctx.t.dataSource.query(
          "INSERT INTO memberships (network_id, user_id, role, status) VALUES ($1, $2, 'ADMIN', 'ACTIVE') ON CONFLICT DO NOTHING",
          [ctx.s.networkId, ctx.s.platformAdmin.id],
        );
        return result;
      }
      const person = await ctx.t.register(`Leaver ${role}`);
      const joined = await ctx.t.gql(JOIN, { id: ctx.s.networkId }, person.token);
      const id = joined.data.joinNetwork.id;
      const platform = ctx.s.platformAdmin.token;
      if (role !== 'pending') await ctx.t.gql(APPROVE, { id }, platform);
      if (role === 'suspended') await ctx.t.gql(SUSPEND, { id }, platform);
      if (role === 'coordinator' || role === 'admin') await ctx.t.gql(SET_ROLE, { id, r: role.toUpperCase() }, platform);
      return ctx.t.gql(leave, { id: ctx.s.networkId }, person.token);
    },
    // The platform admin created the network and is one of two admins, so may leave; a suspended person may not.
    expect: { ...signedIn('ok'), outsider: 'NOT_FOUND', suspended: 'FORBIDDEN' },
  },
  approveMembership: {
    run: gql(APPROVE, async (ctx) => ({ id: await ctx.freshPending() })),
    expect: moderators,
  },
  declineMembership: {
    run: gql('mutation($id: ID!) { declineMembership(membershipId: $id) }', async (ctx) => ({ id: await ctx.freshPending() })),
    expect: moderators,
  },
  suspendMembership: {
    run: gql(SUSPEND, async (ctx) => ({ id: await ctx.freshMember() })),
    expect: moderators,
  },
  reinstateMembership: {
    run: gql('mutation($id: ID!) { reinstateMembership(membershipId: $id) { id } }', async (ctx) => ({
      id: await ctx.freshSuspended(),
    })),
    expect: moderators,
  },
  setMembershipRole: {
    run: gql(SET_ROLE, async (ctx) => ({ id: await ctx.freshMember(), r: 'COORDINATOR' })),
    expect: moderators,
  },
  setMyOrganisation: {
    run: gql('mutation($id: ID!) { setMyOrganisation(networkId: $id, organisationId: null) { id } }', (ctx) => ({
      id: ctx.s.networkId,
    })),
    expect: { ...signedIn('ok'), outsider: 'NOT_FOUND', pending: 'FORBIDDEN', suspended: 'FORBIDDEN' },
  },

  // ---- organisations
  createOrganisation: {
    run: gql('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', (ctx) => ({
      i: { name: 'Matrix Group', kind: 'COMMUNITY', description: '', areasServed: [], networkId: ctx.s.networkId },
    })),
    expect: readers,
  },
  updateOrganisation: {
    run: gql('mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }', (ctx) => ({
      i: { id: ctx.privateOrganisation.id, description: 'Updated' },
    })),
    expect: representativeOnly,
  },
  addRepresentative: {
    run: gql('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', async (ctx) => ({
      o: ctx.privateOrganisation.id,
      u: (await ctx.t.register('New Representative')).id,
    })),
    expect: representativeOnly,
  },
  removeRepresentative: {
    run: async (ctx, role) => {
      const extra = await ctx.t.register('Extra Rep');
      await ctx.t.dataSource.query('INSERT INTO organisation_representatives (organisation_id, user_id) VALUES ($1, $2)', [
        ctx.privateOrganisation.id,
        extra.id,
      ]);
      return ctx.t.gql(
        'mutation($o: ID!, $u: ID!) { removeRepresentative(organisationId: $o, userId: $u) { id } }',
        { o: ctx.privateOrganisation.id, u: extra.id },
        ctx.token(role),
      );
    },
    expect: representativeOnly,
  },

  // ---- forum
  thread: {
    run: gql('query($id: ID!) { thread(id: $id) { id } }', (ctx) => ({ id: ctx.privateThread.id })),
    expect: { ...threadReaders, anonymous: 'null', outsider: 'null', pending: 'null', suspended: 'null' },
  },
  createThread: {
    run: gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, title: 'Matrix thread', body: 'Hello', tags: ['matrix'] },
    })),
    expect: readers,
  },
  replyToThread: {
    run: gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', (ctx) => ({
      i: { threadId: ctx.privateThread.id, body: 'A reply' },
    })),
    expect: threadReaders,
  },
  editPost: {
    run: gql('mutation($i: EditPostInput!) { editPost(input: $i) { id } }', (ctx) => ({
      i: { postId: ctx.privateThread.memberPostId, body: `Edited ${Math.random()}` },
    })),
    // Only the author edits; coordinators remove instead.
    expect: { ...threadReaders, coordinator: 'FORBIDDEN', admin: 'FORBIDDEN', platformAdmin: 'FORBIDDEN' },
  },
  deletePost: {
    run: gql('mutation($id: ID!) { deletePost(postId: $id, reason: "matrix") { id } }', async (ctx) => ({ id: await ctx.freshMemberPost() })),
    expect: threadReaders,
  },
  approveHeldPost: {
    run: gql('mutation($id: ID!) { approveHeldPost(postId: $id) { id } }', async (ctx) => ({ id: await ctx.freshHeldPost() })),
    // Its author (the member) sees it but may not approve it; nobody else but coordinators sees it.
    expect: threadModerators,
  },
  rejectHeldPost: {
    run: gql('mutation($i: RejectHeldPostInput!) { rejectHeldPost(input: $i) { id } }', async (ctx) => ({ i: { postId: await ctx.freshHeldPost(), note: 'matrix' } })),
    expect: threadModerators,
  },
  pinThread: {
    run: gql('mutation($i: SetThreadFlagInput!) { pinThread(input: $i) { id } }', (ctx) => ({ i: { threadId: ctx.privateThread.id, value: true, reason: 'matrix' } })),
    expect: threadModerators,
  },
  lockThread: {
    run: gql('mutation($i: SetThreadFlagInput!) { lockThread(input: $i) { id } }', (ctx) => ({ i: { threadId: ctx.privateThread.id, value: false, reason: 'matrix' } })),
    expect: threadModerators,
  },
  retagThread: {
    run: gql('mutation($i: RetagThreadInput!) { retagThread(input: $i) { id } }', (ctx) => ({ i: { threadId: ctx.privateThread.id, tags: ['moved'], reason: 'matrix' } })),
    expect: threadModerators,
  },
  markThreadRead: {
    run: gql('mutation($id: ID!) { markThreadRead(threadId: $id) { id } }', (ctx) => ({ id: ctx.privateThread.id })),
    expect: threadReaders,
  },
  watchThread: {
    run: gql('mutation($id: ID!) { watchThread(threadId: $id, level: WATCHING) { id } }', (ctx) => ({ id: ctx.privateThread.id })),
    expect: threadReaders,
  },
  postAdded: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { postAdded(threadId: $id) { id } }', ctx.privateThread.id),
    expect: { ...threadReaders, anonymous: 'NOT_FOUND' },
  },
  threadAdded: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { threadAdded(networkId: $id) { id } }'),
    expect: { ...readers, anonymous: 'NOT_FOUND' },
  },
  threadUpdated: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { threadUpdated(networkId: $id) { id } }'),
    expect: { ...readers, anonymous: 'NOT_FOUND' },
  },
  postUpdated: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { postUpdated(threadId: $id) { id } }', ctx.privateThread.id),
    expect: { ...threadReaders, anonymous: 'NOT_FOUND' },
  },
  myLatestThreads: {
    // Everyone signed in may ask; the private thread is listed only to those who take part in the network.
    run: async (ctx, role) => {
      const result = await ctx.t.gql('{ myLatestThreads(first: 20) { id } }', {}, ctx.token(role));
      if (result.errors) return result;
      return result.data.myLatestThreads.some((t: { id: string }) => t.id === ctx.privateThread.id) ? 'ok' : 'null';
    },
    expect: { ...readers, outsider: 'null', pending: 'null', suspended: 'null', member: 'ok', coordinator: 'ok', admin: 'ok', platformAdmin: 'ok' },
  },

  // ---- library
  createFolder: {
    run: gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, name: `Minutes ${Math.random().toString(36).slice(2, 8)}` },
    })),
    expect: readers,
  },
  // Whoever made the folder (here the member) or a coordinator; others are told it does not exist.
  renameFolder: {
    run: async (ctx, role) => {
      const folder = await ctx.t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: ctx.s.networkId, name: `Renamed ${Math.random().toString(36).slice(2, 8)}` } }, ctx.s.member.token);
      return ctx.t.gql('mutation($i: RenameFolderInput!) { renameFolder(input: $i) { id } }', { i: { folderId: folder.data.createFolder.id, name: `Now ${Math.random().toString(36).slice(2, 8)}` } }, ctx.token(role));
    },
    expect: threadReaders,
  },
  deleteFolder: {
    run: async (ctx, role) => {
      const folder = await ctx.t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: ctx.s.networkId, name: `Emptied ${Math.random().toString(36).slice(2, 8)}` } }, ctx.s.member.token);
      return ctx.t.gql('mutation($id: ID!) { deleteFolder(folderId: $id) }', { id: folder.data.createFolder.id }, ctx.token(role));
    },
    expect: threadReaders,
  },
  requestUpload: {
    run: gql('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, filename: 'notes.txt', contentType: 'text/plain', size: 5 },
    })),
    expect: readers,
  },
  completeUpload: {
    // Each role completes an upload of its own (when it may make one); others try the member's.
    run: async (ctx, role) => {
      const own = await ctx.t.gql('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url headers { name value } } }', {
        i: { networkId: ctx.s.networkId, filename: 'notes.txt', contentType: 'text/plain', size: 5 },
      }, ctx.token(role) ?? ctx.s.member.token);
      let ticket = own.data?.requestUpload;
      if (ticket) await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      else ticket = await ctx.memberUpload();
      return ctx.t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, title: 'Notes' } }, ctx.token(role));
    },
    // Someone else's upload is "not found" to anyone but its uploader.
    expect: { ...readers, outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND' },
  },
  updateDocument: {
    run: gql('mutation($i: UpdateDocumentInput!) { updateDocument(input: $i) { id } }', (ctx) => ({
      i: { documentId: ctx.privateDocumentId, description: 'Updated', tags: ['minutes'] },
    })),
    // The uploader (the member) or a coordinator.
    expect: threadReaders,
  },
  deleteDocument: {
    run: async (ctx, role) => {
      const upload = await ctx.memberUpload();
      const created = await ctx.t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: upload.uploadId, title: 'Disposable' } }, ctx.s.member.token);
      return ctx.t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id: created.data.completeUpload.id }, ctx.token(role));
    },
    expect: threadReaders,
  },
  requestLibraryImportUpload: {
    run: gql('mutation($i: RequestLibraryImportUploadInput!) { requestLibraryImportUpload(input: $i) { uploadId } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, filename: 'library.zip', size: 22 },
    })),
    expect: moderators,
  },
  startLibraryImport: {
    // Each role that may import starts one of its own; others try the coordinator's upload (not found to anyone else).
    run: async (ctx, role) => {
      const ticket = await ctx.zipUpload(ctx.token(role)) ?? (await ctx.zipUpload(ctx.s.coordinator.token))!;
      return ctx.t.gql('mutation($i: StartLibraryImportInput!) { startLibraryImport(input: $i) { id } }', { i: { uploadId: ticket.uploadId } }, ctx.token(role));
    },
    expect: { ...moderators, outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND', member: 'NOT_FOUND' },
  },
  libraryImport: {
    run: gql('query($id: ID!) { libraryImport(id: $id) { id } }', (ctx) => ({ id: ctx.libraryImportId })),
    expect: { ...moderators, outsider: 'null', pending: 'null', suspended: 'null', member: 'null' },
  },
  document: {
    run: gql('query($id: ID!) { document(id: $id) { id } }', (ctx) => ({ id: ctx.privateDocumentId })),
    expect: { ...threadReaders, anonymous: 'null', outsider: 'null', pending: 'null', suspended: 'null' },
  },

  // ---- events
  event: {
    run: gql('query($id: ID!) { event(id: $id) { id } }', (ctx) => ({ id: ctx.privateEventId })),
    expect: { ...threadReaders, anonymous: 'null', outsider: 'null', pending: 'null', suspended: 'null' },
  },
  eventClashes: {
    run: gql('query($i: EventClashesInput!) { eventClashes(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, startsAt: new Date(Date.now() + 86400_000), endsAt: new Date(Date.now() + 90000_000), location: 'Hall' },
    })),
    // Reads only what the caller may see anyway: an empty list for people outside.
    expect: signedIn('ok'),
  },
  createEvent: {
    run: gql('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, title: 'Matrix event', location: 'Hall', startsAt: new Date(Date.now() + 86400_000), endsAt: new Date(Date.now() + 90000_000) },
    })),
    expect: readers,
  },
  updateEvent: {
    run: gql('mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }', (ctx) => ({ i: { eventId: ctx.privateEventId, description: `Edited ${Math.random()}` } })),
    // The organiser (the member) or a coordinator.
    expect: threadReaders,
  },
  cancelEvent: {
    run: gql('mutation($i: CancelEventInput!) { cancelEvent(input: $i) { id } }', async (ctx) => ({ i: { eventId: await ctx.freshMemberEvent(), reason: 'matrix' } })),
    expect: threadReaders,
  },
  markAttendance: {
    // Passes the organiser-or-coordinator check, then the event has not started yet.
    run: gql('mutation($id: ID!, $u: ID!) { markAttendance(eventId: $id, userId: $u, attended: true) { attended } }', (ctx) => ({ id: ctx.privateEventId, u: ctx.s.member.id })),
    expect: { ...threadReaders, member: 'CONFLICT', coordinator: 'CONFLICT', admin: 'CONFLICT', platformAdmin: 'CONFLICT' },
  },
  rsvp: {
    run: gql('mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { id } }', (ctx) => ({ id: ctx.privateEventId })),
    expect: threadReaders,
  },
  eventAdded: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { eventAdded(networkId: $id) { id } }'),
    expect: { ...readers, anonymous: 'NOT_FOUND' },
  },
  eventUpdated: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { eventUpdated(eventId: $id) { id } }', ctx.privateEventId),
    expect: { ...threadReaders, anonymous: 'NOT_FOUND' },
  },
  // ---- search: open to anyone; what it returns follows the same rules (see the search spec)
  search: {
    run: async (ctx, role) => {
      const result = await ctx.t.gql('query($slug: String) { search(query: "matrix event", networkSlug: $slug) { id } }', { slug: ctx.s.slug }, ctx.token(role));
      if (result.errors) return result;
      return result.data.search.length ? 'ok' : 'null';
    },
    // People who may not read the private network are told it does not exist.
    expect: { ...readers, anonymous: 'NOT_FOUND', outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND' },
  },
  searchCounts: {
    run: gql('query { searchCounts(query: "matrix") { kind count } }'),
    expect: everyone('ok'),
  },
  // ---- bid consortia
  opportunity: {
    run: gql('query($id: ID!) { opportunity(id: $id) { id } }', (ctx) => ({ id: ctx.privateOpportunityId })),
    expect: { ...threadReaders, anonymous: 'NOT_FOUND' },
  },
  createOpportunity: {
    run: gql('mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', (ctx) => ({
      i: { networkId: ctx.s.networkId, title: 'Matrix tender', funder: 'Council', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    })),
    expect: readers,
  },
  expressInterest: {
    run: gql('mutation($i: ExpressInterestInput!) { expressInterest(input: $i) { id } }', (ctx) => ({
      i: { opportunityId: ctx.privateOpportunityId, organisationId: ctx.privateOrganisation.id, role: 'PARTNER' },
    })),
    expect: opportunityRepresentative,
  },
  withdrawInterest: {
    run: gql('mutation($id: ID!) { withdrawInterest(interestId: $id) }', async (ctx) => ({ id: await ctx.freshInterest() })),
    expect: opportunityRepresentative,
  },
  formConsortium: {
    run: gql('mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }', async (ctx) => ({
      i: { opportunityId: await ctx.freshOpportunity(), name: 'Matrix consortium', leadOrganisationId: ctx.privateOrganisation.id },
    })),
    expect: opportunityRepresentative,
  },
  consortium: {
    run: gql('query($id: ID!) { consortium(id: $id) { id members { id } threads { totalCount } folders { id } } }', (ctx) => ({ id: ctx.privateConsortiumId })),
    expect: consortiumOnly,
  },
  myConsortia: { run: gql('{ myConsortia { id } }'), expect: signedIn('ok') },
  myConsortiumInvitations: { run: gql('{ myConsortiumInvitations { id } }'), expect: signedIn('ok') },
  myUpcomingEvents: {
    // Everyone signed in may ask; the private network's event is listed only to those who take part in it.
    run: async (ctx, role) => {
      const result = await ctx.t.gql('{ myUpcomingEvents(first: 20) { id } }', {}, ctx.token(role));
      if (result.errors) return result;
      return result.data.myUpcomingEvents.some((e: { id: string }) => e.id === ctx.privateEventId) ? 'ok' : 'null';
    },
    expect: { ...readers, outsider: 'null', pending: 'null', suspended: 'null', member: 'ok', coordinator: 'ok', admin: 'ok', platformAdmin: 'ok' },
  },
  myDeadlineReminders: { run: gql('{ myDeadlineReminders { id } }'), expect: signedIn('ok') },
  inviteToConsortium: {
    run: gql('mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id } }', async (ctx) => ({
      i: { consortiumId: ctx.privateConsortiumId, organisationId: await ctx.freshOrganisation() },
    })),
    expect: consortiumOnly,
  },
  respondToInvitation: {
    run: gql('mutation($id: ID!) { respondToInvitation(memberId: $id, accept: true) { id } }', async (ctx) => ({ id: await ctx.freshInvitation() })),
    expect: consortiumOnly,
  },
  setConsortiumStatus: {
    run: gql('mutation($i: SetConsortiumStatusInput!) { setConsortiumStatus(input: $i) { id } }', async (ctx) => ({
      i: { consortiumId: await ctx.freshConsortium(), status: 'SUBMITTED' },
    })),
    expect: consortiumOnly,
  },
  updateConsortiumAgreement: {
    run: gql('mutation($i: UpdateConsortiumAgreementInput!) { updateConsortiumAgreement(input: $i) { id } }', (ctx) => ({
      i: { consortiumId: ctx.privateConsortiumId, dataSharing: 'Matrix terms' },
    })),
    expect: consortiumOnly,
  },
  signConsortiumAgreement: {
    run: gql('mutation($c: ID!, $o: ID!) { signConsortiumAgreement(consortiumId: $c, organisationId: $o) { id } }', (ctx) => ({
      c: ctx.privateConsortiumId,
      o: ctx.privateOrganisation.id,
    })),
    expect: consortiumOnly,
  },

  // ---- notifications: each person's own; watching and mentioning follow the space's rules
  notifications: { run: gql('{ notifications { totalCount } }'), expect: signedIn('ok') },
  unreadNotificationCount: { run: gql('{ unreadNotificationCount }'), expect: signedIn('ok') },
  markNotificationRead: {
    // Nobody has a notification with this id: each caller's own notifications only.
    run: gql('mutation { markNotificationRead(notificationId: "00000000-0000-4000-8000-000000000000") { id } }'),
    expect: signedIn('NOT_FOUND'),
  },
  markAllNotificationsRead: { run: gql('mutation { markAllNotificationsRead }'), expect: signedIn('ok') },
  notificationPreferences: { run: gql('{ notificationPreferences { email } }'), expect: signedIn('ok') },
  setNotificationPreference: {
    run: gql('mutation($id: ID!) { setNotificationPreference(networkId: $id, email: WEEKLY) { email } }', (ctx) => ({ id: ctx.s.networkId })),
    expect: { ...readers, outsider: 'FORBIDDEN', pending: 'FORBIDDEN', suspended: 'FORBIDDEN' },
  },
  watchFolder: {
    run: async (ctx, role) => {
      const folder = await ctx.t.gql('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: ctx.s.networkId, name: `Watched ${Math.random().toString(36).slice(2, 8)}` } }, ctx.s.coordinator.token);
      return ctx.t.gql('mutation($id: ID!) { watchFolder(folderId: $id) }', { id: folder.data.createFolder.id }, ctx.token(role));
    },
    expect: threadReaders,
  },
  // ---- email in: the network's "threads by email" switch is its coordinators' and admins'
  setNetworkThreadsByEmail: {
    run: gql('mutation($id: ID!) { setNetworkThreadsByEmail(networkId: $id, enabled: false) { threadsByEmail } }', (ctx) => ({ id: ctx.s.networkId })),
    expect: moderators,
  },
  mentionableUsers: {
    run: gql('query($id: ID!) { mentionableUsers(spaceId: $id, query: "M") { id } }', (ctx) => ({ id: ctx.s.networkId })),
    expect: { ...readers, outsider: 'FORBIDDEN', pending: 'FORBIDDEN', suspended: 'FORBIDDEN' },
  },
  notificationAdded: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription { notificationAdded { id } }'),
    expect: signedIn('ok'),
  },
  unreadNotificationCountChanged: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription { unreadNotificationCountChanged }'),
    expect: signedIn('ok'),
  },
  // ---- reporting and moderation
  reportContent: {
    run: gql('mutation($i: ReportContentInput!) { reportContent(input: $i) { id status } }', (ctx) => ({
      i: { kind: 'THREAD', id: ctx.privateThread.id, reason: 'SPAM', note: 'Matrix' },
    })),
    expect: threadReaders,
  },
  resolveReport: {
    run: async (ctx, role) => {
      const made = await ctx.t.gql('mutation($i: ReportContentInput!) { reportContent(input: $i) { id } }', {
        i: { kind: 'POST', id: await ctx.freshMemberPost(), reason: 'SPAM' },
      }, ctx.s.admin.token);
      return ctx.t.gql('mutation($i: ResolveReportInput!) { resolveReport(input: $i) { id } }', { i: { reportId: made.data.reportContent.id, action: 'DISMISS' } }, ctx.token(role));
    },
    // Whoever does not handle the network's reports is told the report does not exist.
    expect: { ...moderators, outsider: 'NOT_FOUND', pending: 'NOT_FOUND', suspended: 'NOT_FOUND', member: 'NOT_FOUND' },
  },
  myReports: { run: gql('{ myReports { totalCount } }'), expect: signedIn('ok') },
  platformReports: { run: gql('{ platformReports { totalCount } }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },
  platformAuditLog: { run: gql('{ platformAuditLog { totalCount } }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },
  suspendedUserIds: { run: gql('{ suspendedUserIds }'), expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' } },
  suspendUser: {
    run: async (ctx, role) => {
      const person = await ctx.t.register('To suspend');
      return ctx.t.gql('mutation($i: PlatformSuspensionInput!) { suspendUser(input: $i) }', { i: { userId: person.id } }, ctx.token(role));
    },
    expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' },
  },
  liftUserSuspension: {
    run: gql('mutation($i: PlatformSuspensionInput!) { liftUserSuspension(input: $i) }', (ctx) => ({ i: { userId: ctx.s.outsider.id } })),
    expect: { ...signedIn('FORBIDDEN'), platformAdmin: 'ok' },
  },
  blockUser: {
    run: gql('mutation($id: ID!) { blockUser(userId: $id) }', (ctx) => ({ id: ctx.s.pending.id })),
    // The pending person blocking themselves is refused; everyone else may block them.
    expect: { ...signedIn('ok'), pending: 'BAD_USER_INPUT' },
  },
  unblockUser: { run: gql('mutation($id: ID!) { unblockUser(userId: $id) }', (ctx) => ({ id: ctx.s.pending.id })), expect: signedIn('ok') },
  myBlocks: { run: gql('{ myBlocks { id } }'), expect: signedIn('ok') },
  setNewcomerPostHold: {
    run: gql('mutation($i: SetNewcomerPostHoldInput!) { setNewcomerPostHold(input: $i) }', (ctx) => ({ i: { networkId: ctx.s.networkId, enabled: false } })),
    expect: moderators,
  },
  openReportCountChanged: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { openReportCountChanged(networkId: $id) }'),
    expect: moderators,
  },
  // ---- subscriptions
  membershipUpdated: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { membershipUpdated(networkId: $id) { id } }'),
    // Subscribing is allowed to whoever may know of the network; each event is then checked (see the membership spec).
    expect: signedIn('ok'),
  },
  membershipRemoved: {
    run: (ctx, role) => subscribeOutcome(ctx, role, 'subscription($id: ID!) { membershipRemoved(networkId: $id) }'),
    expect: signedIn('ok'),
  },
};

/** Subscribes over the WebSocket and reports the refusal code, or 'ok' if the subscription stands. */
async function subscribeOutcome(ctx: Ctx, role: Role, query: string, id = ctx.s.networkId): Promise<Outcome> {
  const stream = collect(ctx.t.ws(ctx.token(role)), query, { id });
  await stream.settled(700);
  stream.unsubscribe();
  const error = stream.errors.flat()[0] as { extensions?: { code?: string } } | undefined;
  return error ? ((error.extensions?.code ?? 'FAILED') as Outcome) : 'ok';
}

function outcomeOf(result: GqlResult | Outcome): string {
  if (typeof result === 'string') return result;
  if (result.errors?.length) return String(result.errors[0].extensions?.code);
  const value = Object.values(result.data ?? {})[0];
  return value === null ? 'null' : 'ok';
}

describe('access matrix', () => {
  let t: TestApp;
  let ctx: Ctx;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    const s = await networkScenario(t, 'PRIVATE');
    const platform = s.platformAdmin.token;
    const join = async (approve: boolean, suspend = false) => {
      const person = await t.register('Target');
      const joined = await t.gql(JOIN, { id: s.networkId }, person.token);
      const id = joined.data.joinNetwork.id as string;
      if (approve) await t.gql(APPROVE, { id }, platform);
      if (suspend) await t.gql(SUSPEND, { id }, platform);
      return id;
    };
    const org = await t.gql(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Private Pantry', kind: 'VOLUNTARY', description: 'Only in the private network', areasServed: [], networkId: s.networkId } },
      s.member.token,
    );
    const thread = await t.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { nodes { id } } } }',
      { i: { networkId: s.networkId, title: 'Private matters', body: 'Members only', tags: [] } },
      s.member.token,
    );
    const threadId = thread.data.createThread.id;
    const freshMemberPost = async () => {
      const reply = await t.gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body: 'To be removed' } }, s.member.token);
      return reply.data.replyToThread.id as string;
    };
    const freshHeldPost = async () => {
      const id = await freshMemberPost();
      await t.dataSource.query("UPDATE posts SET hold_status = 'PENDING', position = -position WHERE id = $1", [id]);
      return id;
    };
    const memberUpload = async () => {
      const requested = await t.gql('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }', {
        i: { networkId: s.networkId, filename: 'notes.txt', contentType: 'text/plain', size: 5 },
      }, s.member.token);
      const ticket = requested.data.requestUpload;
      await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      return ticket as { uploadId: string; url: string };
    };
    const member = s.member.token;
    const must = async (query: string, variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables, member);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const freshOpportunity = async () =>
      (await must('mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', {
        i: { networkId: s.networkId, title: 'Private tender', funder: 'Council', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      })).createOpportunity.id as string;
    const organisationId = org.data.createOrganisation.id as string;
    const freshConsortium = async () =>
      (await must('mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }', {
        i: { opportunityId: await freshOpportunity(), name: 'Private consortium', leadOrganisationId: organisationId },
      })).formConsortium.id as string;
    const freshOrganisation = async () =>
      (await must('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
        i: { name: 'Invitee Group', kind: 'COMMUNITY', description: '', areasServed: [], networkId: s.networkId },
      })).createOrganisation.id as string;
    const privateOpportunityId = await freshOpportunity();
    const privateConsortiumId = await freshConsortium();
    await must('mutation($i: UpdateConsortiumAgreementInput!) { updateConsortiumAgreement(input: $i) { id } }', {
      i: { consortiumId: privateConsortiumId, dataSharing: 'Drafted', exitTerms: 'Drafted' },
    });
    const freshInvitation = async () =>
      (await must('mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id } }', {
        i: { consortiumId: privateConsortiumId, organisationId: await freshOrganisation() },
      })).inviteToConsortium.id as string;
    const freshInterest = async () =>
      (await must('mutation($i: ExpressInterestInput!) { expressInterest(input: $i) { id } }', {
        i: { opportunityId: privateOpportunityId, organisationId },
      })).expressInterest.id as string;
    const firstUpload = await memberUpload();
    const document = await t.gql('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: firstUpload.uploadId, title: 'Private minutes' } }, s.member.token);
    const freshMemberEvent = async () => {
      const startsAt = new Date(Date.now() + 14 * 24 * 3600_000);
      const created = await t.gql('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', {
        i: { networkId: s.networkId, title: 'Matrix event', location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) },
      }, s.member.token);
      return created.data.createEvent.id as string;
    };
    const privateEventId = await freshMemberEvent();
    // The smallest zip: an end-of-central-directory record alone (22 bytes).
    const emptyZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    const zipUpload = async (token: string | undefined) => {
      const requested = await t.gql('mutation($i: RequestLibraryImportUploadInput!) { requestLibraryImportUpload(input: $i) { uploadId url } }', {
        i: { networkId: s.networkId, filename: 'library.zip', size: emptyZip.length },
      }, token);
      const ticket = requested.data?.requestLibraryImportUpload;
      if (!ticket) return null;
      await fetch(ticket.url, { method: 'PUT', headers: { 'content-type': 'application/zip' }, body: emptyZip });
      return ticket as { uploadId: string };
    };
    const firstImport = await t.gql('mutation($i: StartLibraryImportInput!) { startLibraryImport(input: $i) { id } }', { i: { uploadId: (await zipUpload(s.coordinator.token))!.uploadId } }, s.coordinator.token);
    const tokens: Record<Role, string | undefined> = {
      anonymous: undefined,
      outsider: s.outsider.token,
      pending: s.pending.token,
      suspended: s.suspended.token,
      member: s.member.token,
      coordinator: s.coordinator.token,
      admin: s.admin.token,
      platformAdmin: s.platformAdmin.token,
    };
    ctx = {
      t,
      s,
      token: (role) => tokens[role],
      freshPending: () => join(false),
      freshMember: () => join(true),
      freshSuspended: () => join(true, true),
      privateOrganisation: { id: org.data.createOrganisation.id, representative: s.member },
      privateThread: { id: threadId, memberPostId: thread.data.createThread.posts.nodes[0].id },
      freshMemberPost,
      freshHeldPost,
      memberUpload,
      privateDocumentId: document.data.completeUpload.id,
      privateEventId,
      freshMemberEvent,
      zipUpload,
      libraryImportId: firstImport.data.startLibraryImport.id,
      privateOpportunityId,
      privateConsortiumId,
      freshOpportunity,
      freshConsortium,
      freshInvitation,
      freshInterest,
      freshOrganisation,
      freshNetworkInvitation: async () =>
        (await (async () => {
          const result = await t.gql('mutation($i: InviteToNetworkInput!) { inviteToNetwork(input: $i) { id } }', {
            i: { networkId: s.networkId, emails: [`matrix-${Math.random().toString(36).slice(2)}@example.org`] },
          }, s.coordinator.token);
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          return result.data.inviteToNetwork[0].id as string;
        })()),
    };
  });
  afterAll(() => t.close());

  it('has a row for every query, mutation and subscription in the schema', async () => {
    const result = await t.gql(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const schema = result.data.__schema;
    const operations: string[] = [schema.queryType, schema.mutationType, schema.subscriptionType].flatMap((type) =>
      (type?.fields ?? []).map((f: { name: string }) => f.name),
    );
    expect(operations.filter((name) => !MATRIX[name])).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    it(`${operation}: ${ROLES.map((r) => `${r}=${row.expect[r]}`).join(' ')}`, async () => {
      const actual: Record<string, string> = {};
      for (const role of ROLES) actual[role] = outcomeOf(await row.run(ctx, role));
      expect(actual).toEqual(row.expect);
    });
  }
});
