import { DeadlineRemindersService } from '@community-hub/api-consortia';
import { collect, startTestApp, tick, type GqlResult, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

const CREATE_OPPORTUNITY = 'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id title status closingSoon lots serviceTags areas deadline } }';
const EXPRESS = 'mutation($i: ExpressInterestInput!) { expressInterest(input: $i) { id role lots areas services note organisation { id } } }';
const FORM = 'mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id name status lead { id } members { id status role organisation { id } } } }';
const INVITE = 'mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id status role organisation { id } consortium { id name } } }';
const RESPOND = 'mutation($id: ID!, $a: Boolean!) { respondToInvitation(memberId: $id, accept: $a) { id status } }';
const SET_STATUS = 'mutation($i: SetConsortiumStatusInput!) { setConsortiumStatus(input: $i) { id status outcome feedback } }';
const CONSORTIUM = 'query($id: ID!) { consortium(id: $id) { id name status members { id status organisation { id } } } }';
const CREATE_THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id consortium { id } network { id } } }';
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }';
const CREATE_FOLDER = 'mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }';
const REQUEST_UPLOAD = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }';
const COMPLETE = 'mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id consortium { id } currentVersion { downloadUrl } } }';

describe('bid consortia', () => {
  let t: TestApp;
  let s: NetworkScenario;
  /** People who are active members of the network, each representing their own organisation. */
  let lead: TestUser, partner: TestUser, removed: TestUser, invited: TestUser, declined: TestUser, competitor: TestUser;
  const orgs: Record<string, string> = {};
  let opportunityId: string;
  let consortiumId: string;
  let partnerMemberId: string;

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  async function networkMember(name: string): Promise<TestUser> {
    const person = await t.register(name);
    const joined = await ok('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token);
    await ok('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.joinNetwork.id }, s.coordinator.token);
    return person;
  }

  async function organisation(person: TestUser, name: string): Promise<string> {
    const created = await ok(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name, kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } },
      person.token,
    );
    return created.createOrganisation.id;
  }

  const opportunityInput = (extra: Record<string, unknown> = {}) => ({
    networkId: s.networkId,
    title: 'Community wellbeing service',
    funder: 'Cheshire East Council',
    description: 'Social prescribing and befriending across the borough.',
    value: 250000,
    url: 'https://example.org/tenders/42',
    deadline: inDays(30),
    clarificationDeadline: inDays(10),
    expressionOfInterestDeadline: inDays(20),
    lots: ['Lot 1: befriending', 'Lot 2: social prescribing'],
    serviceTags: ['Befriending', 'befriending', 'Social prescribing'],
    areas: ['Crewe', 'Nantwich'],
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    s = await networkScenario(t, 'PRIVATE');
    lead = await networkMember('Lena Lead');
    partner = await networkMember('Pia Partner');
    removed = await networkMember('Rob Soon-Removed');
    invited = await networkMember('Ian Invited');
    declined = await networkMember('Dee Declined');
    competitor = await networkMember('Cam Competitor');
    orgs.lead = await organisation(lead, 'Crewe Community Trust');
    orgs.partner = await organisation(partner, 'Nantwich Befrienders');
    orgs.invited = await organisation(invited, 'Sandbach Social Club');
    orgs.declined = await organisation(declined, 'Alsager Advice');
    orgs.competitor = await organisation(competitor, 'Rival Bids Ltd');
    await ok('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', { o: orgs.partner, u: removed.id }, partner.token);

    opportunityId = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput() }, lead.token)).createOpportunity.id;
    const formed = await ok(FORM, { i: { opportunityId, name: 'South Cheshire Wellbeing Partnership', leadOrganisationId: orgs.lead } }, lead.token);
    consortiumId = formed.formConsortium.id;
    partnerMemberId = (await ok(INVITE, { i: { consortiumId, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
    await ok(RESPOND, { id: partnerMemberId, a: true }, partner.token);
    const invitedMember = (await ok(INVITE, { i: { consortiumId, organisationId: orgs.invited } }, lead.token)).inviteToConsortium.id;
    expect(invitedMember).toBeTruthy();
    const declinedMember = (await ok(INVITE, { i: { consortiumId, organisationId: orgs.declined } }, lead.token)).inviteToConsortium.id;
    await ok(RESPOND, { id: declinedMember, a: false }, declined.token);
    // The competitor bids for the same opportunity with a consortium of its own.
    await ok(FORM, { i: { opportunityId, name: 'Rival consortium', leadOrganisationId: orgs.competitor } }, competitor.token);
  });
  afterAll(() => t.close());

  describe('opportunities', () => {
    it('posts an opportunity with tidy lists; it is OPEN until its submission deadline', async () => {
      const created = await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: '  Tidy  ', deadline: inDays(3), clarificationDeadline: null, expressionOfInterestDeadline: null }) }, s.member.token);
      expect(created.createOpportunity).toMatchObject({
        title: 'Tidy',
        status: 'OPEN',
        closingSoon: true,
        serviceTags: ['befriending', 'social prescribing'],
        areas: ['Crewe', 'Nantwich'],
      });
    });

    it('lists the board open first (soonest deadline first), then closed (latest first), in pages', async () => {
      const net = await networkScenario(t, 'PUBLIC');
      const make = async (title: string, days: number) =>
        (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ networkId: net.networkId, title, deadline: inDays(days), clarificationDeadline: null, expressionOfInterestDeadline: null }) }, net.member.token)).createOpportunity.id;
      const later = await make('Later', 40);
      const sooner = await make('Sooner', 5);
      const closedLongAgo = await make('Closed long ago', 1);
      const closedRecently = await make('Closed recently', 2);
      // Deadlines pass: "closes itself" is decided when it is read.
      await t.dataSource.query("UPDATE opportunities SET deadline = now() - interval '30 days' WHERE id = $1", [closedLongAgo]);
      await t.dataSource.query("UPDATE opportunities SET deadline = now() - interval '1 day' WHERE id = $1", [closedRecently]);
      const LIST = 'query($slug: String!, $first: Int, $after: String, $status: OpportunityStatus) { network(slug: $slug) { opportunities(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } } }';
      const page1 = (await ok(LIST, { slug: net.slug, first: 3 })).network.opportunities;
      const page2 = (await ok(LIST, { slug: net.slug, first: 3, after: page1.pageInfo.endCursor })).network.opportunities;
      expect([...page1.nodes, ...page2.nodes].map((o: { id: string }) => o.id)).toEqual([sooner, later, closedRecently, closedLongAgo]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect(page1.totalCount).toBe(4);
      expect(page2.nodes.map((o: { status: string }) => o.status)).toEqual(['CLOSED']);
      const open = (await ok(LIST, { slug: net.slug, status: 'OPEN' })).network.opportunities;
      expect(open.nodes.map((o: { id: string }) => o.id)).toEqual([sooner, later]);
      const closed = (await ok(LIST, { slug: net.slug, status: 'CLOSED' })).network.opportunities;
      expect(closed.nodes.map((o: { id: string }) => o.id)).toEqual([closedRecently, closedLongAgo]);
      // Anonymous visitors read a public network's board; a private one is not found.
      const anonymous = await t.gql('query($id: ID!) { opportunity(id: $id) { id } }', { id: later });
      expect(anonymous.data.opportunity.id).toBe(later);
      expect(codeOf(await t.gql('query($id: ID!) { opportunity(id: $id) { id } }', { id: opportunityId }, s.outsider.token))).toBe('NOT_FOUND');
    });

    it.each([
      ['an empty title', { title: '  ' }, 'title'],
      ['a deadline in the past', { deadline: inDays(-1), clarificationDeadline: null, expressionOfInterestDeadline: null }, 'deadline'],
      ['clarification questions after the submission deadline', { clarificationDeadline: inDays(40) }, 'clarificationDeadline'],
      ['a source address that is not http(s)', { url: 'javascript:alert(1)' }, 'url'],
      ['a negative value', { value: -5 }, 'value'],
      ['21 lots', { lots: Array.from({ length: 21 }, (_, i) => `Lot ${i}`) }, 'lots'],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, extra, field) => {
      const before = await t.count('opportunities');
      const result = await t.gql(CREATE_OPPORTUNITY, { i: opportunityInput(extra) }, lead.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors?.[0])).toContain(field);
      expect(await t.count('opportunities')).toBe(before);
    });

    it('lets only active members post', async () => {
      const before = await t.count('opportunities');
      // A private network is known to signed-in people (so they can ask to join), so this is FORBIDDEN, not NOT_FOUND.
      expect(codeOf(await t.gql(CREATE_OPPORTUNITY, { i: opportunityInput() }, s.pending.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE_OPPORTUNITY, { i: opportunityInput() }, s.outsider.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE_OPPORTUNITY, { i: opportunityInput() }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(CREATE_OPPORTUNITY, { i: opportunityInput({ networkId: consortiumId }) }, lead.token))).toBe('NOT_FOUND');
      expect(await t.count('opportunities')).toBe(before);
    });
  });

  describe('expressions of interest', () => {
    let interestOpportunity: string;

    beforeAll(async () => {
      interestOpportunity = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Partner matching' }) }, lead.token)).createOpportunity.id;
    });

    it('records interest for an organisation the caller represents; expressing again updates it', async () => {
      const first = await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.partner, role: 'PARTNER', lots: ['lot 1: BEFRIENDING'], capabilities: '40 volunteers', capacity: '200 clients', areas: ['Nantwich'], services: ['Befriending'], note: 'Keen' } }, partner.token);
      expect(first.expressInterest).toMatchObject({ role: 'PARTNER', lots: ['Lot 1: befriending'], services: ['befriending'], organisation: { id: orgs.partner } });
      const before = await t.count('opportunity_interests');
      const again = await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.partner, role: 'SUBCONTRACTOR', note: 'Changed our mind' } }, removed.token);
      expect(again.expressInterest).toMatchObject({ id: first.expressInterest.id, role: 'SUBCONTRACTOR', note: 'Changed our mind' });
      expect(await t.count('opportunity_interests')).toBe(before);
      // Undo for the filter test below.
      await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.partner, role: 'PARTNER', areas: ['Nantwich'], services: ['befriending'] } }, partner.token);
    });

    it('shows everyone in the network who is interested, filtered by role, area and service', async () => {
      await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.lead, role: 'LEAD', areas: ['Crewe', 'Nantwich'], services: ['social prescribing'] } }, lead.token);
      await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.competitor, role: 'LEAD', areas: ['Crewe'], services: ['befriending'] } }, competitor.token);
      const LIST = 'query($id: ID!, $role: ConsortiumRole, $area: String, $service: String) { opportunity(id: $id) { interests(role: $role, area: $area, service: $service) { totalCount nodes { organisation { id name } expressedBy { id } } } } }';
      const names = async (filter: Record<string, unknown>) =>
        (await ok(LIST, { id: interestOpportunity, ...filter }, s.member.token)).opportunity.interests.nodes.map((n: { organisation: { id: string } }) => n.organisation.id);
      expect(await names({})).toEqual([orgs.partner, orgs.lead, orgs.competitor]);
      expect(await names({ role: 'LEAD' })).toEqual([orgs.lead, orgs.competitor]);
      expect(await names({ area: 'nantwich' })).toEqual([orgs.partner, orgs.lead]);
      expect(await names({ service: 'Befriending' })).toEqual([orgs.partner, orgs.competitor]);
      expect(await names({ role: 'LEAD', area: 'Crewe', service: 'befriending' })).toEqual([orgs.competitor]);
      const asOutsider = await t.gql(LIST, { id: interestOpportunity }, s.outsider.token);
      expect(codeOf(asOutsider)).toBe('NOT_FOUND');
    });

    it('refuses with coded errors and writes nothing', async () => {
      const closedOpportunity = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Soon closed' }) }, lead.token)).createOpportunity.id;
      await t.dataSource.query("UPDATE opportunities SET deadline = now() - interval '1 minute' WHERE id = $1", [closedOpportunity]);
      const before = await t.count('opportunity_interests');
      const attempts: [string, Record<string, unknown>, string, string][] = [
        ['an organisation the caller does not represent', { organisationId: orgs.lead }, partner.token, 'FORBIDDEN'],
        ['a lot the opportunity does not have', { organisationId: orgs.partner, lots: ['Lot 9'] }, partner.token, 'BAD_USER_INPUT'],
        ['a closed opportunity', { organisationId: orgs.partner, opportunityId: closedOpportunity }, partner.token, 'CONFLICT'],
        ['an unknown organisation', { organisationId: '5f0c3c5e-0000-4000-8000-000000000000' }, partner.token, 'NOT_FOUND'],
        ['an unknown opportunity', { organisationId: orgs.partner, opportunityId: '5f0c3c5e-0000-4000-8000-000000000000' }, partner.token, 'NOT_FOUND'],
        ['a network outsider', { organisationId: orgs.partner }, s.outsider.token, 'NOT_FOUND'],
      ];
      for (const [label, input, token, code] of attempts) {
        const result = await t.gql(EXPRESS, { i: { opportunityId: interestOpportunity, role: 'PARTNER', ...input } }, token);
        expect([label, codeOf(result)]).toEqual([label, code]);
      }
      expect(await t.count('opportunity_interests')).toBe(before);
    });

    it('lets representatives withdraw their interest, and no one else', async () => {
      const interest = (await ok(EXPRESS, { i: { opportunityId: interestOpportunity, organisationId: orgs.declined } }, declined.token)).expressInterest.id;
      const WITHDRAW = 'mutation($id: ID!) { withdrawInterest(interestId: $id) }';
      expect(codeOf(await t.gql(WITHDRAW, { id: interest }, lead.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(WITHDRAW, { id: interest }, s.outsider.token))).toBe('NOT_FOUND');
      expect((await ok(WITHDRAW, { id: interest }, declined.token)).withdrawInterest).toBe(interest);
    });
  });

  describe('forming a consortium', () => {
    it('makes the lead an accepted LEAD member, and lists invitations in the inbox', async () => {
      const read = await ok('query($id: ID!) { consortium(id: $id) { status lead { id } opportunity { id } members { status role organisation { id } } } }', { id: consortiumId }, partner.token);
      expect(read.consortium.status).toBe('FORMING');
      expect(read.consortium.members).toEqual([
        { status: 'ACCEPTED', role: 'LEAD', organisation: { id: orgs.lead } },
        { status: 'ACCEPTED', role: 'PARTNER', organisation: { id: orgs.partner } },
        { status: 'INVITED', role: 'PARTNER', organisation: { id: orgs.invited } },
        { status: 'DECLINED', role: 'PARTNER', organisation: { id: orgs.declined } },
      ]);
      const inbox = await ok('{ myConsortiumInvitations { id consortium { id name lead { id } opportunity { id } } organisation { id } } }', {}, invited.token);
      expect(inbox.myConsortiumInvitations).toEqual([
        expect.objectContaining({ consortium: { id: consortiumId, name: 'South Cheshire Wellbeing Partnership', lead: { id: orgs.lead }, opportunity: { id: opportunityId } }, organisation: { id: orgs.invited } }),
      ]);
      // An invitation names the consortium, but its members and workspace stay closed until accepted.
      const peek = await t.gql('{ myConsortiumInvitations { consortium { members { id } } } }', {}, invited.token);
      expect(codeOf(peek)).toBe('NOT_FOUND');
      const mine = await ok('{ myConsortia { id } }', {}, lead.token);
      expect(mine.myConsortia.map((c: { id: string }) => c.id)).toEqual([consortiumId]);
      const board = await ok('query($id: ID!) { opportunity(id: $id) { myConsortia { id } } }', { id: opportunityId }, partner.token);
      expect(board.opportunity.myConsortia).toEqual([{ id: consortiumId }]);
    });

    it('refuses bad requests with coded errors and writes nothing', async () => {
      const before = { consortia: await t.count('consortia'), members: await t.count('consortium_members'), spaces: await t.count('spaces') };
      const attempts: [string, string, Record<string, unknown>, string | undefined, string][] = [
        ['lead is not represented by the caller', FORM, { i: { opportunityId, name: 'Xyz', leadOrganisationId: orgs.lead } }, partner.token, 'FORBIDDEN'],
        ['a second consortium led by the same organisation', FORM, { i: { opportunityId, name: 'Again', leadOrganisationId: orgs.lead } }, lead.token, 'CONFLICT'],
        ['an empty name', FORM, { i: { opportunityId, name: ' ', leadOrganisationId: orgs.partner } }, partner.token, 'BAD_USER_INPUT'],
        ['a malformed id', FORM, { i: { opportunityId: 'nope', name: 'Xyz', leadOrganisationId: orgs.partner } }, partner.token, 'BAD_USER_INPUT'],
        ['an outsider', FORM, { i: { opportunityId, name: 'Xyz', leadOrganisationId: orgs.partner } }, s.outsider.token, 'NOT_FOUND'],
        ['inviting an organisation already in', INVITE, { i: { consortiumId, organisationId: orgs.partner } }, lead.token, 'CONFLICT'],
        ['inviting one already invited', INVITE, { i: { consortiumId, organisationId: orgs.invited } }, lead.token, 'CONFLICT'],
        ['inviting as a second LEAD', INVITE, { i: { consortiumId, organisationId: orgs.competitor, role: 'LEAD' } }, lead.token, 'BAD_USER_INPUT'],
        ['a partner (not the lead) inviting', INVITE, { i: { consortiumId, organisationId: orgs.competitor } }, partner.token, 'FORBIDDEN'],
        ['a network coordinator inviting', INVITE, { i: { consortiumId, organisationId: orgs.competitor } }, s.coordinator.token, 'NOT_FOUND'],
        ['the invited organisation inviting others', INVITE, { i: { consortiumId, organisationId: orgs.competitor } }, invited.token, 'NOT_FOUND'],
        ['answering an invitation twice', RESPOND, { id: partnerMemberId, a: false }, partner.token, 'CONFLICT'],
        ['answering for another organisation (the lead)', RESPOND, { id: partnerMemberId, a: false }, lead.token, 'FORBIDDEN'],
        ['answering for another organisation (a competitor)', RESPOND, { id: partnerMemberId, a: false }, competitor.token, 'NOT_FOUND'],
      ];
      for (const [label, query, variables, token, code] of attempts) {
        expect([label, codeOf(await t.gql(query, variables, token))]).toEqual([label, code]);
      }
      expect({ consortia: await t.count('consortia'), members: await t.count('consortium_members'), spaces: await t.count('spaces') }).toEqual(before);
    });

    it('moves status only along FORMING -> SUBMITTED -> WON | LOST (or WITHDRAWN), by the lead, recording outcome and feedback', async () => {
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Status walk' }) }, lead.token)).createOpportunity.id;
      const id = (await ok(FORM, { i: { opportunityId: own, name: 'Status walkers', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const member = (await ok(INVITE, { i: { consortiumId: id, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      await ok(RESPOND, { id: member, a: true }, partner.token);
      const move = (status: string, token = lead.token, extra: Record<string, unknown> = {}) => t.gql(SET_STATUS, { i: { consortiumId: id, status, ...extra } }, token);
      expect(codeOf(await move('WON'))).toBe('CONFLICT');
      expect(codeOf(await move('FORMING'))).toBe('CONFLICT');
      expect(codeOf(await move('SUBMITTED', partner.token))).toBe('FORBIDDEN');
      expect(codeOf(await move('SUBMITTED', s.coordinator.token))).toBe('NOT_FOUND');
      expect(codeOf(await move('SUBMITTED', s.platformAdmin.token))).toBe('NOT_FOUND');
      expect((await move('SUBMITTED')).data.setConsortiumStatus.status).toBe('SUBMITTED');
      // Once submitted, no one new joins.
      expect(codeOf(await t.gql(INVITE, { i: { consortiumId: id, organisationId: orgs.invited } }, lead.token))).toBe('CONFLICT');
      expect(codeOf(await move('SUBMITTED'))).toBe('CONFLICT');
      const won = await move('WON', lead.token, { outcome: 'Awarded both lots for three years', feedback: 'Strong local partnership' });
      expect(won.data.setConsortiumStatus).toEqual({ id, status: 'WON', outcome: 'Awarded both lots for three years', feedback: 'Strong local partnership' });
      for (const next of ['LOST', 'WITHDRAWN', 'SUBMITTED', 'FORMING']) expect([next, codeOf(await move(next))]).toEqual([next, 'CONFLICT']);
      const read = await ok('query($id: ID!) { consortium(id: $id) { status outcome feedback } }', { id }, partner.token);
      expect(read.consortium).toEqual({ status: 'WON', outcome: 'Awarded both lots for three years', feedback: 'Strong local partnership' });
    });
  });

  describe('state transitions at the same moment (issue 17.9)', () => {
    it('accepting and declining one invitation at once: exactly one answer counts', async () => {
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Race to answer' }) }, lead.token)).createOpportunity.id;
      const id = (await ok(FORM, { i: { opportunityId: own, name: 'Answer racers', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const member = (await ok(INVITE, { i: { consortiumId: id, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      // Two representatives of the invited organisation answer differently at the same moment.
      const [accepted, refused] = await Promise.all([t.gql(RESPOND, { id: member, a: true }, partner.token), t.gql(RESPOND, { id: member, a: false }, removed.token)]);
      expect([accepted, refused].filter((r) => !r.errors)).toHaveLength(1);
      expect(codeOf(accepted.errors ? accepted : refused)).toBe('CONFLICT');
      const [row] = await t.dataSource.query('SELECT status FROM consortium_members WHERE id = $1', [member]);
      expect(row.status).toBe(accepted.errors ? 'DECLINED' : 'ACCEPTED');
    });

    it('two final outcomes at once (won and lost): exactly one applies', async () => {
      // WON and LOST are both final, so whichever lands first makes the other an invalid move.
      // (Submit and withdraw were a poor pair: SUBMITTED -> WITHDRAWN is allowed, so both apply when they run one after the other.)
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Race to move' }) }, lead.token)).createOpportunity.id;
      const id = (await ok(FORM, { i: { opportunityId: own, name: 'Status racers', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const move = (status: string) => t.gql(SET_STATUS, { i: { consortiumId: id, status } }, lead.token);
      expect((await move('SUBMITTED')).errors).toBeUndefined();
      const [won, lost] = await Promise.all([move('WON'), move('LOST')]);
      expect([won, lost].filter((r) => !r.errors)).toHaveLength(1);
      expect(codeOf(won.errors ? won : lost)).toBe('CONFLICT');
      const [row] = await t.dataSource.query('SELECT status FROM consortia WHERE id = $1', [id]);
      expect(row.status).toBe(won.errors ? 'LOST' : 'WON');
    });

    it('an answer and the consortium leaving FORMING at once: no one is accepted into a submitted bid', async () => {
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Race to close' }) }, lead.token)).createOpportunity.id;
      const id = (await ok(FORM, { i: { opportunityId: own, name: 'Closing racers', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const member = (await ok(INVITE, { i: { consortiumId: id, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      const [accepted, submitted] = await Promise.all([
        t.gql(RESPOND, { id: member, a: true }, partner.token),
        t.gql(SET_STATUS, { i: { consortiumId: id, status: 'SUBMITTED' } }, lead.token),
      ]);
      expect(submitted.errors).toBeUndefined();
      const [row] = await t.dataSource.query('SELECT status FROM consortium_members WHERE id = $1', [member]);
      // Either the answer came first (ACCEPTED, then submitted), or it was refused and the invitation stands.
      expect(row.status).toBe(accepted.errors ? 'INVITED' : 'ACCEPTED');
      if (accepted.errors) expect(codeOf(accepted)).toBe('CONFLICT');
    });
  });

  describe('agreement checklist', () => {
    const AGREEMENT = 'query($id: ID!) { consortium(id: $id) { agreement { version dataSharing exitTerms totalSharePercent complete unsignedMembers { organisation { id } } } members { id status role responsibilities sharePercent signed signedBy { id } organisation { id } } } }';
    const UPDATE = 'mutation($i: UpdateConsortiumAgreementInput!) { updateConsortiumAgreement(input: $i) { id } }';
    const SIGN = 'mutation($c: ID!, $o: ID!) { signConsortiumAgreement(consortiumId: $c, organisationId: $o) { id signed signedAt } }';
    let id: string;
    let leadMember: string;
    let partnerMember: string;

    beforeAll(async () => {
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Agreement' }) }, lead.token)).createOpportunity.id;
      const formed = (await ok(FORM, { i: { opportunityId: own, name: 'Agreeable', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium;
      id = formed.id;
      leadMember = formed.members[0].id;
      partnerMember = (await ok(INVITE, { i: { consortiumId: id, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      await ok(RESPOND, { id: partnerMember, a: true }, partner.token);
    });

    it('cannot be signed before the lead drafts it', async () => {
      expect(codeOf(await t.gql(SIGN, { c: id, o: orgs.partner }, partner.token))).toBe('CONFLICT');
    });

    it('is drafted by the lead; shares over 100% are refused and nothing is written', async () => {
      const before = await t.dataSource.query('SELECT agreement_version FROM consortia WHERE id = $1', [id]);
      const tooMuch = await t.gql(UPDATE, { i: { consortiumId: id, dataSharing: 'x', members: [{ memberId: leadMember, sharePercent: 70 }, { memberId: partnerMember, sharePercent: 40 }] } }, lead.token);
      expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
      const byPartner = await t.gql(UPDATE, { i: { consortiumId: id, dataSharing: 'x', members: [] } }, partner.token);
      expect(codeOf(byPartner)).toBe('FORBIDDEN');
      const otherConsortiumMember = await t.gql(UPDATE, { i: { consortiumId: id, members: [{ memberId: partnerMemberId, sharePercent: 10 }] } }, lead.token);
      expect(codeOf(otherConsortiumMember)).toBe('BAD_USER_INPUT');
      const secondLead = await t.gql(UPDATE, { i: { consortiumId: id, members: [{ memberId: partnerMember, role: 'LEAD' }] } }, lead.token);
      expect(codeOf(secondLead)).toBe('BAD_USER_INPUT');
      expect(await t.dataSource.query('SELECT agreement_version FROM consortia WHERE id = $1', [id])).toEqual(before);
      const read = (await ok(AGREEMENT, { id }, lead.token)).consortium;
      expect(read.agreement).toMatchObject({ version: 0, dataSharing: '', complete: false });
      expect(read.members.map((m: { sharePercent: number | null }) => m.sharePercent)).toEqual([null, null]);
    });

    it('is signed off by each member; the lead sees who has not; a change needs everyone again', async () => {
      await ok(UPDATE, {
        i: {
          consortiumId: id,
          dataSharing: 'Under the partnership data sharing agreement v2',
          exitTerms: 'Three months notice; work in progress handed over',
          members: [
            { memberId: leadMember, responsibilities: 'Contract holder, reporting', sharePercent: 60 },
            { memberId: partnerMember, role: 'SUBCONTRACTOR', responsibilities: 'Befriending', sharePercent: 40 },
          ],
        },
      }, lead.token);
      let read = (await ok(AGREEMENT, { id }, lead.token)).consortium;
      expect(read.agreement).toMatchObject({ version: 1, totalSharePercent: 100, complete: false });
      expect(read.agreement.unsignedMembers.map((m: { organisation: { id: string } }) => m.organisation.id)).toEqual([orgs.lead, orgs.partner]);
      expect(read.members[1]).toMatchObject({ role: 'SUBCONTRACTOR', responsibilities: 'Befriending', sharePercent: 40, signed: false });

      expect(codeOf(await t.gql(SIGN, { c: id, o: orgs.partner }, lead.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(SIGN, { c: id, o: orgs.invited }, invited.token))).toBe('NOT_FOUND');
      const signed = await ok(SIGN, { c: id, o: orgs.partner }, partner.token);
      expect(signed.signConsortiumAgreement.signed).toBe(true);
      read = (await ok(AGREEMENT, { id }, lead.token)).consortium;
      expect(read.agreement.unsignedMembers.map((m: { organisation: { id: string } }) => m.organisation.id)).toEqual([orgs.lead]);
      expect(read.members[1].signedBy).toEqual({ id: partner.id });

      await ok(SIGN, { c: id, o: orgs.lead }, lead.token);
      read = (await ok(AGREEMENT, { id }, lead.token)).consortium;
      expect(read.agreement).toMatchObject({ complete: true, unsignedMembers: [] });

      await ok(UPDATE, { i: { consortiumId: id, exitTerms: 'Six months notice' } }, lead.token);
      read = (await ok(AGREEMENT, { id }, lead.token)).consortium;
      expect(read.agreement).toMatchObject({ version: 2, exitTerms: 'Six months notice', complete: false });
      expect(read.agreement.unsignedMembers).toHaveLength(2);
    });
  });

  describe('the private workspace', () => {
    let threadId: string;
    let folderId: string;
    let documentId: string;
    let networkThreadId: string;

    const upload = async (token: string, target: Record<string, unknown>, body = 'private bid budget') => {
      const requested = await t.gql(REQUEST_UPLOAD, { i: { ...target, filename: 'budget.txt', contentType: 'text/plain', size: Buffer.byteLength(body) } }, token);
      if (requested.errors) return { requested };
      const ticket = requested.data.requestUpload;
      await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body });
      return { requested, ticket };
    };

    beforeAll(async () => {
      const thread = await ok(CREATE_THREAD, { i: { consortiumId, title: 'Our pricing strategy', body: 'We undercut at 92%', tags: [] } }, partner.token);
      threadId = thread.createThread.id;
      expect(thread.createThread).toEqual({ id: threadId, consortium: { id: consortiumId }, network: { id: s.networkId } });
      folderId = (await ok(CREATE_FOLDER, { i: { consortiumId, name: 'Bid documents' } }, lead.token)).createFolder.id;
      const { ticket } = await upload(partner.token, { consortiumId });
      const done = await ok(COMPLETE, { i: { uploadId: ticket.uploadId, folderId, title: 'Budget' } }, partner.token);
      documentId = done.completeUpload.id;
      expect(done.completeUpload.consortium).toEqual({ id: consortiumId });
      networkThreadId = (await ok(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Open to all', body: 'hello', tags: [] } }, lead.token)).createThread.id;
    });

    it('is readable and writable by representatives of accepted members, the lead included', async () => {
      const WORKSPACE = 'query($id: ID!) { consortium(id: $id) { threads { totalCount nodes { id title consortium { id } } } folders { id name documents { nodes { id title consortium { id } currentVersion { downloadUrl } } } } documents(folderId: null) { totalCount } } }';
      for (const person of [lead, partner, removed]) {
        const read = (await ok(WORKSPACE, { id: consortiumId }, person.token)).consortium;
        expect(read.threads.nodes).toEqual([{ id: threadId, title: 'Our pricing strategy', consortium: { id: consortiumId } }]);
        expect(read.folders).toEqual([expect.objectContaining({ id: folderId, name: 'Bid documents' })]);
        const doc = read.folders[0].documents.nodes[0];
        expect(doc).toMatchObject({ id: documentId, title: 'Budget', consortium: { id: consortiumId } });
        expect(await (await fetch(doc.currentVersion.downloadUrl)).text()).toBe('private bid budget');
      }
      // Only the lead's people manage it.
      expect((await ok('query($id: ID!) { consortium(id: $id) { canManage } }', { id: consortiumId }, lead.token)).consortium.canManage).toBe(true);
      expect((await ok('query($id: ID!) { consortium(id: $id) { canManage } }', { id: consortiumId }, partner.token)).consortium.canManage).toBe(false);
      for (const person of [lead, partner]) {
        const found = await ok('{ search(query: "undercut") { kind id title snippet } }', {}, person.token);
        expect(found.search).toEqual([expect.objectContaining({ kind: 'THREAD', id: threadId, title: 'Our pricing strategy', snippet: 'We «undercut» at 92%' })]);
      }
      await ok(REPLY, { i: { threadId, body: 'Agreed' } }, lead.token);
      const network = await ok('query($id: ID!) { thread(id: $id) { consortium { id } } }', { id: networkThreadId }, lead.token);
      expect(network.thread.consortium).toBeNull();
    });

    it('needs exactly one of networkId and consortiumId', async () => {
      const before = { threads: await t.count('threads'), folders: await t.count('folders'), uploads: await t.count('pending_uploads') };
      expect(codeOf(await t.gql(CREATE_THREAD, { i: { networkId: s.networkId, consortiumId, title: 'x', body: 'y', tags: [] } }, lead.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CREATE_THREAD, { i: { title: 'x', body: 'y', tags: [] } }, lead.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CREATE_FOLDER, { i: { name: 'x' } }, lead.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CREATE_FOLDER, { i: { networkId: s.networkId, consortiumId, name: 'x' } }, lead.token))).toBe('BAD_USER_INPUT');
      expect(codeOf((await upload(lead.token, {})).requested)).toBe('BAD_USER_INPUT');
      // A consortium is not a network, nor the other way round.
      expect(codeOf(await t.gql(CREATE_THREAD, { i: { networkId: consortiumId, title: 'x', body: 'y', tags: [] } }, lead.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(CREATE_FOLDER, { i: { consortiumId: s.networkId, name: 'x' } }, lead.token))).toBe('NOT_FOUND');
      expect({ threads: await t.count('threads'), folders: await t.count('folders'), uploads: await t.count('pending_uploads') }).toEqual(before);
    });

    /** Everything an outsider to the consortium might try; each must show nothing and write nothing. */
    async function expectShutOut(label: string, person: TestUser) {
      const before = { threads: await t.count('threads'), posts: await t.count('posts'), folders: await t.count('folders'), uploads: await t.count('pending_uploads') };
      const result: Record<string, unknown> = {};
      result.consortium = codeOf(await t.gql(CONSORTIUM, { id: consortiumId }, person.token));
      result.threads = codeOf(await t.gql('query($id: ID!) { consortium(id: $id) { threads { nodes { id } } } }', { id: consortiumId }, person.token));
      result.folders = codeOf(await t.gql('query($id: ID!) { consortium(id: $id) { folders { id } } }', { id: consortiumId }, person.token));
      result.thread = (await t.gql('query($id: ID!) { thread(id: $id) { id } }', { id: threadId }, person.token)).data?.thread;
      result.document = (await t.gql('query($id: ID!) { document(id: $id) { id currentVersion { downloadUrl } } }', { id: documentId }, person.token)).data?.document;
      result.posts = codeOf(await t.gql('query($id: ID!) { thread(id: $id) { posts { nodes { body } } } }', { id: threadId }, person.token));
      result.myConsortia = (await ok('{ myConsortia { id } }', {}, person.token)).myConsortia.some((c: { id: string }) => c.id === consortiumId);
      // People who cannot read the network at all (a suspended member) are refused these outright.
      const board = await t.gql('query($id: ID!) { opportunity(id: $id) { myConsortia { id } } }', { id: opportunityId }, person.token);
      result.boardConsortia = Boolean(board.data?.opportunity?.myConsortia.some((c: { id: string }) => c.id === consortiumId));
      const network = (await t.gql('query($slug: String!) { network(slug: $slug) { threads(first: 100) { nodes { id } } folders { id } documents(first: 100) { nodes { id } } } }', { slug: s.slug }, person.token)).data?.network;
      result.inNetworkLists = [...(network?.threads?.nodes ?? []), ...(network?.folders ?? []), ...(network?.documents?.nodes ?? [])].some((n: { id: string }) => [threadId, folderId, documentId].includes(n.id));
      // Search applies the same rules inside its SQL: no hit, no count, no snippet.
      const found = await ok('{ search(query: "pricing strategy undercut") { id snippet } searchCounts(query: "pricing strategy undercut") { count } }', {}, person.token);
      result.search = found.search.length + found.searchCounts.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
      result.reply = codeOf(await t.gql(REPLY, { i: { threadId, body: 'Sneaking in' } }, person.token));
      result.createThread = codeOf(await t.gql(CREATE_THREAD, { i: { consortiumId, title: 'x', body: 'y', tags: [] } }, person.token));
      result.createFolder = codeOf(await t.gql(CREATE_FOLDER, { i: { consortiumId, name: 'x' } }, person.token));
      result.requestUpload = codeOf((await upload(person.token, { consortiumId })).requested);
      const posts = collect(t.ws(person.token), 'subscription($id: ID!) { postAdded(threadId: $id) { id body } }', { id: threadId });
      const threads = collect(t.ws(person.token), 'subscription($id: ID!) { threadAdded(networkId: $id) { id } }', { id: consortiumId });
      await Promise.all([posts.settled(1500), threads.settled(1500)]);
      result.postAdded = (posts.errors.flat()[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
      result.threadAdded = (threads.errors.flat()[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
      posts.unsubscribe();
      threads.unsubscribe();
      expect([label, result]).toEqual([
        label,
        {
          consortium: 'NOT_FOUND',
          threads: 'NOT_FOUND',
          folders: 'NOT_FOUND',
          thread: null,
          document: null,
          posts: undefined, // thread(id) is null, so there are no posts to refuse
          myConsortia: false,
          boardConsortia: false,
          inNetworkLists: false,
          search: 0,
          reply: 'NOT_FOUND',
          createThread: 'NOT_FOUND',
          createFolder: 'NOT_FOUND',
          requestUpload: 'NOT_FOUND',
          postAdded: 'NOT_FOUND',
          threadAdded: 'NOT_FOUND',
        },
      ]);
      expect({ threads: await t.count('threads'), posts: await t.count('posts'), folders: await t.count('folders'), uploads: await t.count('pending_uploads') }).toEqual(before);
    }

    it('shows nothing to a representative of an invited, not yet accepted, organisation', () => expectShutOut('invited', invited));
    it('shows nothing to a representative of a declined organisation', () => expectShutOut('declined', declined));
    it('shows nothing to a network coordinator who is not in the consortium', () => expectShutOut('coordinator', s.coordinator));
    it('shows nothing to the network admin or a platform admin', async () => {
      await expectShutOut('network admin', s.admin);
      await expectShutOut('platform admin', s.platformAdmin);
    });
    it('shows nothing to a competitor bidding for the same opportunity', () => expectShutOut('competitor', competitor));
    it('shows nothing to an ordinary network member', () => expectShutOut('member', s.member));

    it('shows nothing to a representative of an accepted organisation whose network membership is suspended', async () => {
      const person = await t.register('Sue Suspended-Partner');
      const joined = await ok('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token);
      await ok('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.joinNetwork.id }, s.coordinator.token);
      await ok('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', { o: orgs.partner, u: person.id }, partner.token);
      expect((await ok(CONSORTIUM, { id: consortiumId }, person.token)).consortium.id).toBe(consortiumId);
      await ok('mutation($id: ID!) { suspendMembership(membershipId: $id) { id } }', { id: joined.joinNetwork.id }, s.coordinator.token);
      await expectShutOut('suspended partner', person);
    });

    it('never announces a workspace thread on the network channel, and announces it on the workspace channel to members', async () => {
      const query = 'subscription($id: ID!) { threadAdded(networkId: $id) { id title } }';
      const coordinator = collect(t.ws(s.coordinator.token), query, { id: s.networkId });
      const leadOnNetwork = collect(t.ws(lead.token), query, { id: s.networkId });
      const leadOnWorkspace = collect(t.ws(lead.token), query, { id: consortiumId });
      await tick(300);
      const secret = (await ok(CREATE_THREAD, { i: { consortiumId, title: 'Secret pricing', body: 'x', tags: [] } }, partner.token)).createThread.id;
      const open = (await ok(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Public notice', body: 'x', tags: [] } }, partner.token)).createThread.id;
      expect(await coordinator.next(1)).toBe(true);
      expect(await leadOnNetwork.next(1)).toBe(true);
      expect(await leadOnWorkspace.next(1)).toBe(true);
      await tick(400);
      expect(coordinator.events.map((e) => e.threadAdded.id)).toEqual([open]);
      expect(leadOnNetwork.events.map((e) => e.threadAdded.id)).toEqual([open]);
      expect(leadOnWorkspace.events.map((e) => e.threadAdded.id)).toEqual([secret]);
    });

    it('notifies only consortium members of workspace posts: a mentioned coordinator or competitor is told nothing', async () => {
      const mention = (who: TestUser) => `[@${who.name}](/people/${who.id})`;
      const NOTES = '{ notifications(first: 50) { nodes { kind path } } }';
      // Notices are delivered in the background: notifications of earlier steps may still arrive, so only this thread's count.
      const before = async (who: TestUser) =>
        ((await ok(NOTES, {}, who.token)).notifications.nodes as { path: string }[]).filter((n) => n.path.includes(threadId)).length;
      const counts = { coordinator: await before(s.coordinator), competitor: await before(competitor), invited: await before(invited) };
      await ok(REPLY, { i: { threadId, body: `Pricing agreed ${mention(partner)} ${mention(s.coordinator)} ${mention(competitor)} ${mention(invited)}` } }, lead.token);
      let partnerNotes: { kind: string; path: string }[] = [];
      for (let i = 0; i < 50 && !partnerNotes.some((n) => n.kind === 'MENTION' && n.path.includes(threadId)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        partnerNotes = (await ok(NOTES, {}, partner.token)).notifications.nodes;
      }
      expect(partnerNotes.some((n) => n.kind === 'MENTION' && n.path.includes(threadId))).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect({ coordinator: await before(s.coordinator), competitor: await before(competitor), invited: await before(invited) }).toEqual(counts);
    });

    it('shuts out a removed representative at once, live subscription included', async () => {
      const query = 'subscription($id: ID!) { postAdded(threadId: $id) { id body } }';
      const stillMember = collect(t.ws(partner.token), query, { id: threadId });
      const soonRemoved = collect(t.ws(removed.token), query, { id: threadId });
      await tick(300);
      await ok(REPLY, { i: { threadId, body: 'Before removal' } }, lead.token);
      expect(await stillMember.next(1)).toBe(true);
      expect(await soonRemoved.next(1)).toBe(true);

      await ok('mutation($o: ID!, $u: ID!) { removeRepresentative(organisationId: $o, userId: $u) { id } }', { o: orgs.partner, u: removed.id }, partner.token);
      await ok(REPLY, { i: { threadId, body: 'After removal: new price' } }, lead.token);
      expect(await stillMember.next(2)).toBe(true);
      await tick(400);
      expect(soonRemoved.events.map((e) => e.postAdded.body)).toEqual(['Before removal']);
      await expectShutOut('removed representative', removed);
    });
  });

  describe('deadline reminders', () => {
    it('records due reminders for interested and consortium organisations, 7 days and 1 day before, once', async () => {
      const deadline = Date.now() + 30 * DAY;
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Reminders', deadline: new Date(deadline).toISOString(), clarificationDeadline: null, expressionOfInterestDeadline: new Date(deadline - 10 * DAY).toISOString() }) }, lead.token)).createOpportunity.id;
      await ok(EXPRESS, { i: { opportunityId: own, organisationId: orgs.competitor } }, competitor.token);
      await ok(EXPRESS, { i: { opportunityId: own, organisationId: orgs.lead } }, lead.token);
      const formed = (await ok(FORM, { i: { opportunityId: own, name: 'Reminded', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const member = (await ok(INVITE, { i: { consortiumId: formed, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      await ok(RESPOND, { id: member, a: true }, partner.token);
      await ok(INVITE, { i: { consortiumId: formed, organisationId: orgs.invited } }, lead.token); // not accepted: not reminded

      const reminders = t.app.get(DeadlineRemindersService);
      const rows = async () =>
        (await t.dataSource.query(
          'SELECT organisation_id, consortium_id, kind, days_before FROM deadline_reminders WHERE opportunity_id = $1 ORDER BY kind, days_before DESC, organisation_id',
          [own],
        )) as { organisation_id: string; consortium_id: string | null; kind: string; days_before: number }[];

      await reminders.recordDueReminders(new Date(deadline - 20 * DAY));
      expect(await rows()).toEqual([]);

      // 6.5 days before the submission deadline (the expression of interest deadline has passed).
      await reminders.recordDueReminders(new Date(deadline - 6.5 * DAY));
      const week = await rows();
      const expected = (days: number) =>
        [
          { organisation_id: orgs.lead, consortium_id: formed, kind: 'SUBMISSION', days_before: days },
          { organisation_id: orgs.partner, consortium_id: formed, kind: 'SUBMISSION', days_before: days },
          { organisation_id: orgs.competitor, consortium_id: null, kind: 'SUBMISSION', days_before: days },
        ].sort((a, b) => (a.organisation_id < b.organisation_id ? -1 : 1));
      expect(week).toEqual(expected(7));
      const total = await t.count('deadline_reminders');
      await reminders.recordDueReminders(new Date(deadline - 6 * DAY));
      expect(await t.count('deadline_reminders')).toBe(total);

      await reminders.recordDueReminders(new Date(deadline - 0.5 * DAY));
      await reminders.recordDueReminders(new Date(deadline - 0.4 * DAY));
      expect(await rows()).toEqual([...expected(7), ...expected(1)]);

      const mine = await ok('{ myDeadlineReminders { kind daysBefore opportunity { id } organisation { id } consortium { id } } }', {}, partner.token);
      expect(mine.myDeadlineReminders.filter((r: { opportunity: { id: string } }) => r.opportunity.id === own)).toEqual([
        { kind: 'SUBMISSION', daysBefore: 7, opportunity: { id: own }, organisation: { id: orgs.partner }, consortium: { id: formed } },
        { kind: 'SUBMISSION', daysBefore: 1, opportunity: { id: own }, organisation: { id: orgs.partner }, consortium: { id: formed } },
      ]);
      const notMine = await ok('{ myDeadlineReminders { id } }', {}, s.coordinator.token);
      expect(notMine.myDeadlineReminders).toEqual([]);
    });

    it('shows a suspended or departed member no reminder: neither the private opportunity nor the consortium (issue 17.5)', async () => {
      const own = (await ok(CREATE_OPPORTUNITY, { i: opportunityInput({ title: 'Reminded in private', deadline: inDays(3), clarificationDeadline: null, expressionOfInterestDeadline: null }) }, lead.token)).createOpportunity.id;
      const formed = (await ok(FORM, { i: { opportunityId: own, name: 'Private bid', leadOrganisationId: orgs.lead } }, lead.token)).formConsortium.id;
      const member = (await ok(INVITE, { i: { consortiumId: formed, organisationId: orgs.partner } }, lead.token)).inviteToConsortium.id;
      await ok(RESPOND, { id: member, a: true }, partner.token);
      const representative = async (name: string) => {
        const person = await t.register(name);
        const joined = await ok('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token);
        await ok('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.joinNetwork.id }, s.coordinator.token);
        await ok('mutation($o: ID!, $u: ID!) { addRepresentative(organisationId: $o, userId: $u) { id } }', { o: orgs.partner, u: person.id }, partner.token);
        return { person, membershipId: joined.joinNetwork.id as string };
      };
      const suspended = await representative('Sid Suspended');
      const departed = await representative('Dana Departed');
      await t.app.get(DeadlineRemindersService).recordDueReminders();
      const REMINDERS = '{ myDeadlineReminders { opportunity { id title } consortium { id outcome feedback } } }';
      const forOwn = async (who: TestUser) =>
        (await ok(REMINDERS, {}, who.token)).myDeadlineReminders.filter((r: { opportunity: { id: string } }) => r.opportunity.id === own);
      // While they are members they see the reminder, as they may read both.
      expect(await forOwn(suspended.person)).toEqual([{ opportunity: { id: own, title: 'Reminded in private' }, consortium: { id: formed, outcome: '', feedback: '' } }]);
      expect(await forOwn(departed.person)).toHaveLength(1);

      await ok('mutation($id: ID!) { suspendMembership(membershipId: $id) { id } }', { id: suspended.membershipId }, s.coordinator.token);
      await ok('mutation($id: ID!) { leaveNetwork(networkId: $id) }', { id: s.networkId }, departed.person.token);
      for (const who of [suspended.person, departed.person]) {
        expect((await t.gql('query($id: ID!) { opportunity(id: $id) { id } }', { id: own }, who.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect((await ok(REMINDERS, {}, who.token)).myDeadlineReminders).toEqual([]);
      }
      // The partner itself, still a member, keeps its reminder.
      expect(await forOwn(partner)).toHaveLength(1);
    });
  });
});
