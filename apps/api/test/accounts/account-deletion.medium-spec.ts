import { AccountDeletionService, AccountsService, DataExportService, SessionService } from '@community-hub/api-accounts';
import { ConsortiaService, OpportunitiesService } from '@community-hub/api-consortia';
import { OrganisationsService } from '@community-hub/api-networks';
import { PASSWORD } from '../support/test-app';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

// Who must hand over before deleting their account, and that a refusal erases nothing.
describe('account deletion rules (medium)', () => {
  let m: MediumTest;
  let deletion: AccountDeletionService;
  let n: MediumNetwork;

  beforeAll(async () => {
    m = await startMediumTest();
    deletion = m.get(AccountDeletionService);
    n = await m.network('PRIVATE');
  });
  afterAll(() => m?.close());

  it('refuses the only representative of an active consortium\'s lead organisation, keeping everything, until another can take over', async () => {
    const lead = await m.organisation(n.member, 'Lead Trust', n.networkId);
    const opportunity = await m.get(OpportunitiesService).create(n.coordinator, {
      networkId: n.networkId,
      title: 'Warm spaces fund',
      funder: 'County Council',
      description: 'Winter 2027',
      deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      lots: [],
      serviceTags: [],
      areas: [],
    });
    const consortium = await m.get(ConsortiaService).form(n.member, { opportunityId: opportunity.id, name: 'Warm Hubs', leadOrganisationId: lead });

    const refused = await refusal(deletion.deleteAccount(n.member.userId));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.extensions).toMatchObject({
      reason: 'HANDOVER_REQUIRED',
      handover: [{ kind: 'CONSORTIUM', id: consortium.id, name: 'Warm Hubs', message: expect.stringContaining('Lead Trust') }],
    });
    const kept = (table: string) => m.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [n.member.userId]).then((rows) => rows[0].n);
    expect(await kept('memberships')).toBe(1);
    expect(await kept('organisation_representatives')).toBe(1);
    expect((await m.get(AccountsService).findById(n.member.userId))?.deletedAt).toBeNull();

    await m.get(OrganisationsService).addRepresentative(n.member, lead, n.admin.userId);
    const sessions = m.get(SessionService);
    const { token } = await m.get(AccountsService).startSession({ id: n.member.userId }, { address: '203.0.113.9', userAgent: 'Firefox' });
    await m.get(DataExportService).request(n.member.userId, { address: '203.0.113.9', userAgent: 'Firefox' });
    expect(await sessions.callerOf(token)).toMatchObject({ userId: n.member.userId });
    await deletion.deleteAccount(n.member.userId, { address: '198.51.100.7', userAgent: 'Safari' });
    expect(await kept('memberships')).toBe(0);
    expect(await kept('organisation_representatives')).toBe(0);
    // Sessions rows are erased and the token (checked a moment ago, so cached) is anonymous at once.
    expect(await kept('sessions')).toBe(0);
    expect(await sessions.callerOf(token)).toBeNull();
    // The security log keeps one entry: when, and from which address, with nothing else.
    expect(await m.dataSource.query('SELECT kind, address, user_agent, detail FROM security_log WHERE user_id = $1', [n.member.userId])).toEqual([
      { kind: 'ACCOUNT_DELETED', address: '198.51.100.7', user_agent: null, detail: null },
    ]);
    // Signing in again with the old email and password is refused.
    expect((await refusal(m.get(AccountsService).verifyCredentials(n.member.email, PASSWORD))).code).toBe('UNAUTHENTICATED');
    // Deleting twice is refused as an unknown account, not done again.
    expect((await refusal(deletion.deleteAccount(n.member.userId))).code).toBe('UNAUTHENTICATED');
  });

  it('lets a coordinator go while an admin remains, and an ordinary member always', async () => {
    await deletion.deleteAccount(n.coordinator.userId);
    await deletion.confirmPassword(n.outsider.userId, 'correct horse battery');
    await deletion.deleteAccount(n.outsider.userId);
    const rows = await m.dataSource.query('SELECT name FROM users WHERE id = ANY($1::uuid[])', [[n.coordinator.userId, n.outsider.userId]]);
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['Former member', 'Former member']);
  });
});
