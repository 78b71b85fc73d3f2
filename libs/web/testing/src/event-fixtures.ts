/** Events data shaped like the API's answers (see libs/web/events/src/events.documents.ts). */

export interface EventFixture {
  id?: string;
  title?: string;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  address?: string;
  online?: boolean;
  onlineUrl?: string | null;
  accessibilityNotes?: string;
  capacity?: number | null;
  visibility?: 'PUBLIC' | 'MEMBERS';
  status?: 'SCHEDULED' | 'CANCELLED';
  cancelReason?: string;
  attendeeCount?: number;
  waitlistCount?: number;
  maybeCount?: number;
  myRsvp?: 'GOING' | 'MAYBE' | 'NOT_GOING' | 'WAITLISTED' | null;
  myGuests?: number;
  myPromotedAt?: string | null;
  canManage?: boolean;
  series?: { summary: string; rrule?: string } | null;
  organiser?: string;
  clashes?: Array<{ id: string; title: string; startsAt: string; endsAt: string; location?: string }>;
  membership?: null | { role?: 'MEMBER' | 'COORDINATOR' | 'ADMIN'; status?: 'ACTIVE' | 'PENDING' | 'SUSPENDED' };
}

/** An `Event` with every field the event screens ask for (EventDetails, plus clashes). */
export function eventDetails(fixture: EventFixture = {}) {
  const id = fixture.id ?? 'event-1';
  const capacity = fixture.capacity === undefined ? 50 : fixture.capacity;
  const attendeeCount = fixture.attendeeCount ?? 0;
  const membership = fixture.membership === undefined ? { role: 'MEMBER' as const, status: 'ACTIVE' as const } : fixture.membership;
  return {
    __typename: 'Event',
    id,
    title: fixture.title ?? 'Knit and Natter',
    description: fixture.description ?? 'Bring your own **wool**.',
    startsAt: fixture.startsAt ?? '2099-07-14T09:00:00.000Z',
    endsAt: fixture.endsAt ?? '2099-07-14T11:00:00.000Z',
    location: fixture.location ?? 'Macclesfield Library',
    address: fixture.address ?? 'Jordangate, Macclesfield SK10 1EE',
    online: fixture.online ?? false,
    onlineUrl: fixture.onlineUrl ?? null,
    accessibilityNotes: fixture.accessibilityNotes ?? 'Step-free access and a hearing loop.',
    capacity,
    visibility: fixture.visibility ?? 'PUBLIC',
    status: fixture.status ?? 'SCHEDULED',
    cancelReason: fixture.cancelReason ?? '',
    sequence: 0,
    attendeeCount,
    spacesLeft: capacity === null ? null : Math.max(0, capacity - attendeeCount),
    waitlistCount: fixture.waitlistCount ?? 0,
    maybeCount: fixture.maybeCount ?? 0,
    myRsvp: fixture.myRsvp ?? null,
    myGuests: fixture.myGuests ?? 0,
    myPromotedAt: fixture.myPromotedAt ?? null,
    canManage: fixture.canManage ?? false,
    calendarPath: `/calendar/events/${id}.ics`,
    series: fixture.series
      ? { __typename: 'EventSeries', id: 'series-1', rrule: fixture.series.rrule ?? 'FREQ=WEEKLY;COUNT=4', summary: fixture.series.summary, status: 'SCHEDULED' }
      : null,
    organiser: { __typename: 'User', id: 'user-organiser', name: fixture.organiser ?? 'Sam Organiser' },
    organiserOrganisation: null,
    network: {
      __typename: 'Network',
      id: 'net-1',
      slug: 'macclesfield',
      name: 'Macclesfield Community Network',
      visibility: 'PUBLIC',
      myMembership: membership
        ? { __typename: 'Membership', id: 'membership-me', role: membership.role ?? 'MEMBER', status: membership.status ?? 'ACTIVE' }
        : null,
    },
    clashes: (fixture.clashes ?? []).map((clash) => ({ __typename: 'Event', location: 'Macclesfield Library', ...clash })),
  };
}

export function eventsPage(nodes: Array<ReturnType<typeof eventDetails>>, pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {}) {
  return {
    __typename: 'EventConnection',
    totalCount: nodes.length,
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}

export function rsvpRow(name: string, status: 'GOING' | 'MAYBE' | 'NOT_GOING' | 'WAITLISTED', guests = 0) {
  return {
    __typename: 'Rsvp',
    status,
    guests,
    respondedAt: '2099-10-01T09:30:00.000Z',
    promotedAt: null,
    user: { __typename: 'User', id: `user-${name.toLowerCase().replace(/\W+/g, '-')}`, name },
  };
}
