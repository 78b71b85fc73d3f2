import { ConsortiaService, ConsortiumMemberStatus, ConsortiumRole, ConsortiumStatus, OpportunitiesService } from '@community-hub/api-consortia';
import { ForumService } from '@community-hub/api-forum';
import { refusal, requestOf, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

// Consortium rules (forming, invitations, lead-only actions, the agreement), called on
// ConsortiaService directly against real PostgreSQL (no HTTP).
describe('consortium rules (medium)', () => {
  let m: MediumTest;
  let consortia: ConsortiaService;
  let n: MediumNetwork;
  let opportunityId: string;
  /** Led by `lead` (n.member's organisation); `partner` is n.admin's, `third` is n.coordinator's. */
  const orgs = { lead: '', partner: '', third: '' };

  beforeAll(async () => {
    m = await startMediumTest();
    consortia = m.get(ConsortiaService);
    n = await m.network('PRIVATE');
    orgs.lead = await m.organisation(n.member, 'Lead Trust', n.networkId);
    orgs.partner = await m.organisation(n.admin, 'Partner CIC', n.networkId);
    orgs.third = await m.organisation(n.coordinator, 'Third Sector Ltd', n.networkId);
    opportunityId = await newOpportunity();
  });
  afterAll(() => m?.close());

  /** A funding opportunity posted by a coordinator (an organisation leads one consortium per opportunity). */
  const newOpportunity = async () =>
    (
      await m.get(OpportunitiesService).create(n.coordinator, {
        networkId: n.networkId,
        title: 'Warm spaces fund',
        funder: 'County Council',
        description: 'Winter 2027',
        deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
        lots: [],
        serviceTags: [],
        areas: [],
      })
    ).id;
  /** A consortium led by n.member's organisation, for a new opportunity. */
  const form = async (name: string) => consortia.form(n.member, { opportunityId: await newOpportunity(), name, leadOrganisationId: orgs.lead });
  const statusOfMember = async (memberId: string) => (await m.dataSource.query('SELECT status FROM consortium_members WHERE id = $1', [memberId]))[0].status;

  it('only a representative of the lead organisation forms a consortium, once per opportunity', async () => {
    const before = await m.count('consortia');
    expect((await refusal(consortia.form(n.admin, { opportunityId, name: 'Not yours', leadOrganisationId: orgs.lead }))).code).toBe('FORBIDDEN');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(consortia.form(n.outsider, { opportunityId, name: 'Outside', leadOrganisationId: orgs.lead }))).code);
    expect((await refusal(consortia.form(n.member, { opportunityId, name: ' ', leadOrganisationId: orgs.lead }))).code).toBe('BAD_USER_INPUT');
    expect(await m.count('consortia')).toBe(before);
    const consortium = await consortia.form(n.member, { opportunityId, name: 'Warm Hubs', leadOrganisationId: orgs.lead });
    expect(consortium).toMatchObject({ status: ConsortiumStatus.FORMING, leadOrganisationId: orgs.lead });
    expect((await refusal(consortia.form(n.member, { opportunityId, name: 'Warm Hubs again', leadOrganisationId: orgs.lead }))).code).toBe('CONFLICT');
    expect(await m.count('consortia')).toBe(before + 1);
  });

  it('invitations are answered only by representatives of the invited organisation, once', async () => {
    const consortium = await form('Answering');
    const invitation = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.partner, role: ConsortiumRole.PARTNER });
    expect(invitation.status).toBe(ConsortiumMemberStatus.INVITED);
    // The lead's representative sees the consortium but does not speak for the partner.
    expect((await refusal(consortia.respond(n.member, invitation.id, true))).code).toBe('FORBIDDEN');
    // Someone who cannot see the consortium learns nothing about it.
    expect((await refusal(consortia.respond(n.coordinator, invitation.id, true))).code).toBe('NOT_FOUND');
    expect(await statusOfMember(invitation.id)).toBe('INVITED');
    expect((await consortia.respond(n.admin, invitation.id, true)).status).toBe(ConsortiumMemberStatus.ACCEPTED);
    expect((await refusal(consortia.respond(n.admin, invitation.id, false))).code).toBe('CONFLICT');
    expect(await statusOfMember(invitation.id)).toBe('ACCEPTED');
  });

  it('a declined organisation may be invited again; one already invited or in may not', async () => {
    const consortium = await form('Second asks');
    const invitation = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.third, role: ConsortiumRole.SUBCONTRACTOR });
    expect((await refusal(consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.third, role: ConsortiumRole.PARTNER }))).code).toBe('CONFLICT');
    await consortia.respond(n.coordinator, invitation.id, false);
    const again = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.third, role: ConsortiumRole.PARTNER });
    expect(again).toMatchObject({ id: invitation.id, status: ConsortiumMemberStatus.INVITED, role: ConsortiumRole.PARTNER });
    expect((await refusal(consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.partner, role: ConsortiumRole.LEAD }))).code).toBe('BAD_USER_INPUT');
  });

  it('inviting, the status and the agreement are for the lead: an accepted partner is refused, an outsider learns nothing', async () => {
    const consortium = await form('Lead only');
    const partner = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.partner, role: ConsortiumRole.PARTNER });
    await consortia.respond(n.admin, partner.id, true);
    expect((await refusal(consortia.invite(n.admin, { consortiumId: consortium.id, organisationId: orgs.third, role: ConsortiumRole.PARTNER }))).code).toBe('FORBIDDEN');
    expect((await refusal(consortia.setStatus(n.admin, { consortiumId: consortium.id, status: ConsortiumStatus.WITHDRAWN }))).code).toBe('FORBIDDEN');
    expect((await refusal(consortia.updateAgreement(n.admin, { consortiumId: consortium.id, members: [], exitTerms: 'Mine' }))).code).toBe('FORBIDDEN');
    // Network coordinators are not let in either: a consortium is its members' business.
    expect((await refusal(consortia.setStatus(n.coordinator, { consortiumId: consortium.id, status: ConsortiumStatus.WITHDRAWN }))).code).toBe('NOT_FOUND');
    expect((await refusal(consortia.find(n.outsider, consortium.id))).code).toBe('NOT_FOUND');
    expect(await consortia.canManage(requestOf(n.member), consortium.id)).toBe(true);
    expect(await consortia.canManage(requestOf(n.admin), consortium.id)).toBe(false);
    expect((await consortia.find(n.member, consortium.id)).status).toBe(ConsortiumStatus.FORMING);
  });

  it('the status moves only forwards, and invitations close once it is submitted', async () => {
    const consortium = await form('Moving on');
    const invitation = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.third, role: ConsortiumRole.PARTNER });
    expect((await refusal(consortia.setStatus(n.member, { consortiumId: consortium.id, status: ConsortiumStatus.WON }))).code).toBe('CONFLICT');
    expect((await consortia.setStatus(n.member, { consortiumId: consortium.id, status: ConsortiumStatus.SUBMITTED })).status).toBe(ConsortiumStatus.SUBMITTED);
    expect((await refusal(consortia.respond(n.coordinator, invitation.id, true))).code).toBe('CONFLICT');
    expect((await refusal(consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.partner, role: ConsortiumRole.PARTNER }))).code).toBe('CONFLICT');
    expect((await consortia.setStatus(n.member, { consortiumId: consortium.id, status: ConsortiumStatus.WON })).status).toBe(ConsortiumStatus.WON);
    expect((await refusal(consortia.setStatus(n.member, { consortiumId: consortium.id, status: ConsortiumStatus.WITHDRAWN }))).code).toBe('CONFLICT');
  });

  it('the agreement: shares at most 100%, signed only after a draft and only for an organisation one represents', async () => {
    const consortium = await form('Agreement');
    const partner = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: orgs.partner, role: ConsortiumRole.PARTNER });
    await consortia.respond(n.admin, partner.id, true);
    expect((await refusal(consortia.signAgreement(n.admin, consortium.id, orgs.partner))).code).toBe('CONFLICT');
    const [lead] = (await m.dataSource.query("SELECT id FROM consortium_members WHERE consortium_id = $1 AND role = 'LEAD'", [consortium.id])) as { id: string }[];
    const tooMuch = await refusal(
      consortia.updateAgreement(n.member, { consortiumId: consortium.id, members: [{ memberId: lead.id, sharePercent: 70 }, { memberId: partner.id, sharePercent: 40 }] }),
    );
    expect(tooMuch.code).toBe('BAD_USER_INPUT');
    const drafted = await consortia.updateAgreement(n.member, { consortiumId: consortium.id, members: [{ memberId: lead.id, sharePercent: 60 }, { memberId: partner.id, sharePercent: 40 }] });
    expect(drafted.agreementVersion).toBe(1);
    expect((await refusal(consortia.signAgreement(n.member, consortium.id, orgs.partner))).code).toBe('FORBIDDEN');
    expect((await consortia.signAgreement(n.admin, consortium.id, orgs.partner)).signedVersion).toBe(1);
  });

  it("the consortium's workspace forum is open to its members only", async () => {
    const consortium = await form('Workspace');
    const forum = m.get(ForumService);
    const thread = await forum.createThread(n.member, { consortiumId: consortium.id, title: 'Budget', body: 'Draft attached', tags: [] });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(forum.requireThread(n.coordinator, thread.id))).code);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(forum.createThread(n.admin, { consortiumId: consortium.id, title: 'Me too', body: 'x', tags: [] }))).code);
  });
});
