import { graphql } from '@community-hub/web-graphql';

/** What a list row or a calendar cell shows. */
export const eventSummaryFragment = graphql(`
  fragment EventSummary on Event {
    id
    title
    startsAt
    endsAt
    location
    online
    status
    visibility
    capacity
    attendeeCount
    spacesLeft
    myRsvp
    series {
      id
      summary
    }
  }
`);

/**
 * Everything the event page shows that anyone who can see the event may read:
 * the page's query and the live `eventUpdated` push share it. Organiser-only
 * fields (attendees, CSV) are fetched separately, so a push never fails for a
 * member who may not read them.
 */
export const eventDetailsFragment = graphql(`
  fragment EventDetails on Event {
    ...EventSummary
    description
    address
    onlineUrl
    accessibilityNotes
    cancelReason
    sequence
    waitlistCount
    maybeCount
    myGuests
    myPromotedAt
    canManage
    calendarPath
    series {
      id
      rrule
      summary
      status
    }
    organiser {
      id
      name
    }
    organiserOrganisation {
      id
      name
    }
    network {
      id
      slug
      name
      visibility
      myMembership {
        id
        role
        status
      }
    }
  }
`);

export const eventClashFragment = graphql(`
  fragment EventClash on Event {
    id
    title
    startsAt
    endsAt
    location
  }
`);

export const networkEventsQuery = graphql(`
  query NetworkEvents($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean!, $first: Int, $after: String) {
    network(slug: $slug) {
      id
      calendarPath
      events(from: $from, to: $to, past: $past, first: $first, after: $after) {
        totalCount
        nodes {
          ...EventSummary
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const eventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventDetails
      clashes {
        ...EventClash
      }
    }
  }
`);

export const eventAttendeesQuery = graphql(`
  query EventAttendees($id: ID!, $first: Int, $after: String) {
    event(id: $id) {
      id
      attendees(first: $first, after: $after) {
        totalCount
        nodes {
          status
          guests
          respondedAt
          promotedAt
          attended
          user {
            id
            name
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const markAttendanceMutation = graphql(`
  mutation MarkAttendance($eventId: ID!, $userId: ID!, $attended: Boolean) {
    markAttendance(eventId: $eventId, userId: $userId, attended: $attended) {
      attended
    }
  }
`);

export const eventAttendeesCsvQuery = graphql(`
  query EventAttendeesCsv($id: ID!) {
    event(id: $id) {
      id
      attendeesCsv
    }
  }
`);

export const eventClashesQuery = graphql(`
  query EventClashes($input: EventClashesInput!) {
    eventClashes(input: $input) {
      ...EventClash
    }
  }
`);

export const createEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventDetails
      clashes {
        ...EventClash
      }
    }
  }
`);

export const updateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventDetails
      clashes {
        ...EventClash
      }
    }
  }
`);

export const cancelEventMutation = graphql(`
  mutation CancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) {
      ...EventDetails
    }
  }
`);

export const rsvpMutation = graphql(`
  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {
    rsvp(eventId: $eventId, status: $status, guests: $guests) {
      ...EventDetails
    }
  }
`);

export const eventAddedSubscription = graphql(`
  subscription EventAdded($networkId: ID!) {
    eventAdded(networkId: $networkId) {
      ...EventSummary
    }
  }
`);

export const eventUpdatedSubscription = graphql(`
  subscription EventUpdated($eventId: ID!) {
    eventUpdated(eventId: $eventId) {
      ...EventDetails
    }
  }
`);
