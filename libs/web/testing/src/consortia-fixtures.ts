/** Consortia data shaped like the API's answers (see libs/web/consortia/src/consortia.documents.ts). */

const person = (name: string) => ({ __typename: 'User', id: `user-${name.toLowerCase().replace(/\W+/g, '-')}`, name });
const organisationRef = (id: string, name: string) => ({ __typename: 'Organisation', id, name });

export interface OpportunityFixture {
  id?: string;
  title?: string;
  funder?: string;
  value?: number | null;
  status?: 'OPEN' | 'CLOSED';
  closingSoon?: boolean;
  deadline?: string;
  lots?: string[];
  serviceTags?: string[];
  areas?: string[];
}

export function opportunitySummary(fixture: OpportunityFixture = {}) {
  return {
    __typename: 'Opportunity',
    id: fixture.id ?? 'opp-1',
    title: fixture.title ?? 'Befriending for older people',
    funder: fixture.funder ?? 'Cheshire East Council',
    value: fixture.value === undefined ? 120000 : fixture.value,
    status: fixture.status ?? 'OPEN',
    closingSoon: fixture.closingSoon ?? false,
    deadline: fixture.deadline ?? '2031-07-01T11:00:00.000Z',
    clarificationDeadline: null,
    expressionOfInterestDeadline: null,
    serviceTags: fixture.serviceTags ?? ['befriending'],
    areas: fixture.areas ?? ['Macclesfield'],
    lots: fixture.lots ?? [],
  };
}

export function opportunitiesPage(nodes: Array<ReturnType<typeof opportunitySummary>>, pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {}) {
  return {
    __typename: 'OpportunityConnection',
    totalCount: nodes.length,
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}

/** The `opportunity(id)` answer for the opportunity page. */
export function opportunityDetails(fixture: OpportunityFixture & { description?: string; myConsortia?: Array<{ id: string; name: string }> } = {}) {
  return {
    ...opportunitySummary(fixture),
    description: fixture.description ?? 'Weekly visits to people living alone.',
    url: 'https://www.contractsfinder.service.gov.uk/notice/example',
    createdAt: '2026-11-01T10:00:00.000Z',
    postedBy: person('Sam Organiser'),
    network: {
      __typename: 'Network',
      id: 'net-1',
      slug: 'macclesfield',
      name: 'Macclesfield Community Network',
      myMembership: { __typename: 'Membership', id: 'membership-me', role: 'MEMBER', status: 'ACTIVE' },
    },
    myConsortia: (fixture.myConsortia ?? []).map((consortium) => ({
      __typename: 'Consortium',
      ...consortium,
      status: 'FORMING',
      lead: organisationRef('org-lead', 'Macclesfield Carers'),
    })),
  };
}

export interface ConsortiumMemberFixture {
  id: string;
  organisation: { id: string; name: string };
  status?: 'INVITED' | 'ACCEPTED' | 'DECLINED';
  role?: 'LEAD' | 'PARTNER' | 'SUBCONTRACTOR';
  sharePercent?: number | null;
  responsibilities?: string;
  signed?: boolean;
}

export function consortiumMember(fixture: ConsortiumMemberFixture) {
  return {
    __typename: 'ConsortiumMember',
    id: fixture.id,
    status: fixture.status ?? 'ACCEPTED',
    role: fixture.role ?? 'PARTNER',
    responsibilities: fixture.responsibilities ?? '',
    sharePercent: fixture.sharePercent ?? null,
    signed: fixture.signed ?? false,
    signedAt: fixture.signed ? '2026-11-03T10:00:00.000Z' : null,
    respondedAt: '2026-11-02T10:00:00.000Z',
    organisation: organisationRef(fixture.organisation.id, fixture.organisation.name),
    signedBy: fixture.signed ? person('Sam Organiser') : null,
  };
}

export interface ConsortiumFixture {
  id?: string;
  name?: string;
  status?: 'FORMING' | 'SUBMITTED' | 'WON' | 'LOST' | 'WITHDRAWN';
  lead?: { id: string; name: string };
  members?: ConsortiumMemberFixture[];
  agreementVersion?: number;
  dataSharing?: string;
  exitTerms?: string;
}

/** The `consortium(id)` answer for the consortium page. */
export function consortiumDetails(fixture: ConsortiumFixture = {}) {
  const lead = fixture.lead ?? { id: 'org-lead', name: 'Macclesfield Carers' };
  const members = (fixture.members ?? [{ id: 'member-lead', organisation: lead, role: 'LEAD' }]).map(consortiumMember);
  const version = fixture.agreementVersion ?? 0;
  const accepted = members.filter((member) => member.status === 'ACCEPTED');
  const unsigned = version ? accepted.filter((member) => !member.signed) : accepted;
  return {
    __typename: 'Consortium',
    id: fixture.id ?? 'cons-1',
    name: fixture.name ?? 'Macclesfield Together',
    status: fixture.status ?? 'FORMING',
    statusChangedAt: '2026-11-01T10:00:00.000Z',
    outcome: '',
    feedback: '',
    createdAt: '2026-11-01T10:00:00.000Z',
    lead: organisationRef(lead.id, lead.name),
    opportunity: {
      __typename: 'Opportunity',
      id: 'opp-1',
      title: 'Befriending for older people',
      funder: 'Cheshire East Council',
      deadline: '2031-07-01T11:00:00.000Z',
      status: 'OPEN',
    },
    network: { __typename: 'Network', id: 'net-1', slug: 'macclesfield', name: 'Macclesfield Community Network' },
    members,
    agreement: {
      __typename: 'ConsortiumAgreement',
      version,
      dataSharing: fixture.dataSharing ?? '',
      exitTerms: fixture.exitTerms ?? '',
      totalSharePercent: accepted.reduce((sum, member) => sum + (member.sharePercent ?? 0), 0),
      complete: version > 0 && unsigned.length === 0,
      updatedAt: version ? '2026-11-02T10:00:00.000Z' : null,
      unsignedMembers: unsigned.map((member) => ({ __typename: 'ConsortiumMember', id: member.id, organisation: member.organisation })),
    },
  };
}

export function representedOrganisations(...organisations: Array<{ id: string; name: string }>) {
  return { data: { myOrganisations: organisations.map((organisation) => organisationRef(organisation.id, organisation.name)) } };
}
