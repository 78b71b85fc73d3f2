/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n": typeof types.OpportunitySummaryFragmentDoc,
    "\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n": typeof types.InterestFieldsFragmentDoc,
    "\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n": typeof types.ConsortiumMemberFieldsFragmentDoc,
    "\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkOpportunitiesDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OpportunityDocument,
    "\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.OpportunityInterestsDocument,
    "\n  query MyRepresentedOrganisations {\n    myOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.MyRepresentedOrganisationsDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...InterestFields\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation WithdrawInterest($interestId: ID!) {\n    withdrawInterest(interestId: $interestId)\n  }\n": typeof types.WithdrawInterestDocument,
    "\n  mutation FormConsortium($input: FormConsortiumInput!) {\n    formConsortium(input: $input) {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FormConsortiumDocument,
    "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusChangedAt\n      outcome\n      feedback\n      createdAt\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        funder\n        deadline\n        status\n      }\n      network {\n        id\n        slug\n        name\n      }\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumDocument,
    "\n  query DirectoryOrganisations($slug: String!, $query: String, $first: Int) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, first: $first) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DirectoryOrganisationsDocument,
    "\n  mutation InviteToConsortium($input: InviteToConsortiumInput!) {\n    inviteToConsortium(input: $input) {\n      ...ConsortiumMemberFields\n    }\n  }\n": typeof types.InviteToConsortiumDocument,
    "\n  mutation SetConsortiumStatus($input: SetConsortiumStatusInput!) {\n    setConsortiumStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      outcome\n      feedback\n    }\n  }\n": typeof types.SetConsortiumStatusDocument,
    "\n  mutation UpdateConsortiumAgreement($input: UpdateConsortiumAgreementInput!) {\n    updateConsortiumAgreement(input: $input) {\n      id\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateConsortiumAgreementDocument,
    "\n  mutation SignConsortiumAgreement($consortiumId: ID!, $organisationId: ID!) {\n    signConsortiumAgreement(consortiumId: $consortiumId, organisationId: $organisationId) {\n      ...ConsortiumMemberFields\n    }\n  }\n": typeof types.SignConsortiumAgreementDocument,
    "\n  query ConsortiumThreads($id: ID!, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumThreadsDocument,
    "\n  query ConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": typeof types.ConsortiumFoldersDocument,
    "\n  query ConsortiumDocuments($id: ID!, $folderId: ID, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      documents(folderId: $folderId, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumDocumentsDocument,
    "\n  query MyConsortiumInvitations {\n    myConsortiumInvitations {\n      id\n      role\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      invitedBy {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n        opportunity {\n          id\n          title\n          funder\n          deadline\n        }\n        network {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyConsortiumInvitationsDocument,
    "\n  mutation RespondToInvitation($memberId: ID!, $accept: Boolean!) {\n    respondToInvitation(memberId: $memberId, accept: $accept) {\n      id\n      status\n      respondedAt\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  query MyConsortia {\n    myConsortia {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        deadline\n      }\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MyConsortiaDocument,
    "\n  query MyDeadlineReminders {\n    myDeadlineReminders {\n      id\n      kind\n      daysBefore\n      deadlineAt\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.MyDeadlineRemindersDocument,
    "\n  fragment EventSummary on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    online\n    status\n    visibility\n    capacity\n    attendeeCount\n    spacesLeft\n    myRsvp\n    series {\n      id\n      summary\n    }\n  }\n": typeof types.EventSummaryFragmentDoc,
    "\n  fragment EventDetails on Event {\n    ...EventSummary\n    description\n    address\n    onlineUrl\n    accessibilityNotes\n    cancelReason\n    sequence\n    waitlistCount\n    maybeCount\n    myGuests\n    myPromotedAt\n    canManage\n    calendarPath\n    series {\n      id\n      rrule\n      summary\n      status\n    }\n    organiser {\n      id\n      name\n    }\n    organiserOrganisation {\n      id\n      name\n    }\n    network {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": typeof types.EventDetailsFragmentDoc,
    "\n  fragment EventClash on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n  }\n": typeof types.EventClashFragmentDoc,
    "\n  query NetworkEvents($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      calendarPath\n      events(from: $from, to: $to, past: $past, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...EventSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkEventsDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.EventAttendeesDocument,
    "\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n": typeof types.EventAttendeesCsvDocument,
    "\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n": typeof types.EventClashesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n": typeof types.EventAddedDocument,
    "\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n": typeof types.EventUpdatedDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n": typeof types.ThreadSummaryFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkThreadsDocument,
    "\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": typeof types.ThreadAddedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ThreadPostsDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": typeof types.PostAddedDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n": typeof types.RetagThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": typeof types.WatchThreadDocument,
    "\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n": typeof types.LibraryVersionFragmentDoc,
    "\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n": typeof types.LibraryDocumentSummaryFragmentDoc,
    "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n      }\n    }\n  }\n": typeof types.LibraryFoldersDocument,
    "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.LibraryDocumentsDocument,
    "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": typeof types.LibraryDocumentDocument,
    "\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.CreateFolderDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": typeof types.CompleteUploadDocument,
    "\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n": typeof types.WatchFolderDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      myMembership {\n        id\n        role\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query NetworkMembers($slug: String!, $status: MembershipStatus!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkMembersDocument,
    "\n  query NetworkOrganisations($slug: String!, $query: String, $kind: OrganisationKind, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, kind: $kind, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          description\n          website\n          charityNumber\n          companyNumber\n          representatives {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkOrganisationsDocument,
    "\n  subscription MembershipUpdated($networkId: ID!) {\n    membershipUpdated(networkId: $networkId) {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MembershipUpdatedDocument,
    "\n  mutation JoinNetwork($networkId: ID!) {\n    joinNetwork(networkId: $networkId) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.JoinNetworkDocument,
    "\n  mutation LeaveNetwork($networkId: ID!) {\n    leaveNetwork(networkId: $networkId)\n  }\n": typeof types.LeaveNetworkDocument,
    "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation DeclineMembership($membershipId: ID!) {\n    declineMembership(membershipId: $membershipId)\n  }\n": typeof types.DeclineMembershipDocument,
    "\n  mutation SuspendMembership($membershipId: ID!) {\n    suspendMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.SuspendMembershipDocument,
    "\n  mutation ReinstateMembership($membershipId: ID!) {\n    reinstateMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.ReinstateMembershipDocument,
    "\n  mutation SetMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.SetMembershipRoleDocument,
    "\n  query MyMemberships {\n    myMemberships {\n      id\n      role\n      status\n      network {\n        id\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  subscription MembershipRemoved($networkId: ID!) {\n    membershipRemoved(networkId: $networkId)\n  }\n": typeof types.MembershipRemovedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n": typeof types.MentionableUsersDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n": typeof types.SearchCountsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n": types.OpportunitySummaryFragmentDoc,
    "\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n": types.InterestFieldsFragmentDoc,
    "\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n": types.ConsortiumMemberFieldsFragmentDoc,
    "\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkOpportunitiesDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OpportunityDocument,
    "\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.OpportunityInterestsDocument,
    "\n  query MyRepresentedOrganisations {\n    myOrganisations {\n      id\n      name\n    }\n  }\n": types.MyRepresentedOrganisationsDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...InterestFields\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation WithdrawInterest($interestId: ID!) {\n    withdrawInterest(interestId: $interestId)\n  }\n": types.WithdrawInterestDocument,
    "\n  mutation FormConsortium($input: FormConsortiumInput!) {\n    formConsortium(input: $input) {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n    }\n  }\n": types.FormConsortiumDocument,
    "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusChangedAt\n      outcome\n      feedback\n      createdAt\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        funder\n        deadline\n        status\n      }\n      network {\n        id\n        slug\n        name\n      }\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsortiumDocument,
    "\n  query DirectoryOrganisations($slug: String!, $query: String, $first: Int) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, first: $first) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DirectoryOrganisationsDocument,
    "\n  mutation InviteToConsortium($input: InviteToConsortiumInput!) {\n    inviteToConsortium(input: $input) {\n      ...ConsortiumMemberFields\n    }\n  }\n": types.InviteToConsortiumDocument,
    "\n  mutation SetConsortiumStatus($input: SetConsortiumStatusInput!) {\n    setConsortiumStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      outcome\n      feedback\n    }\n  }\n": types.SetConsortiumStatusDocument,
    "\n  mutation UpdateConsortiumAgreement($input: UpdateConsortiumAgreementInput!) {\n    updateConsortiumAgreement(input: $input) {\n      id\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UpdateConsortiumAgreementDocument,
    "\n  mutation SignConsortiumAgreement($consortiumId: ID!, $organisationId: ID!) {\n    signConsortiumAgreement(consortiumId: $consortiumId, organisationId: $organisationId) {\n      ...ConsortiumMemberFields\n    }\n  }\n": types.SignConsortiumAgreementDocument,
    "\n  query ConsortiumThreads($id: ID!, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ConsortiumThreadsDocument,
    "\n  query ConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": types.ConsortiumFoldersDocument,
    "\n  query ConsortiumDocuments($id: ID!, $folderId: ID, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      documents(folderId: $folderId, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ConsortiumDocumentsDocument,
    "\n  query MyConsortiumInvitations {\n    myConsortiumInvitations {\n      id\n      role\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      invitedBy {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n        opportunity {\n          id\n          title\n          funder\n          deadline\n        }\n        network {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.MyConsortiumInvitationsDocument,
    "\n  mutation RespondToInvitation($memberId: ID!, $accept: Boolean!) {\n    respondToInvitation(memberId: $memberId, accept: $accept) {\n      id\n      status\n      respondedAt\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  query MyConsortia {\n    myConsortia {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        deadline\n      }\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MyConsortiaDocument,
    "\n  query MyDeadlineReminders {\n    myDeadlineReminders {\n      id\n      kind\n      daysBefore\n      deadlineAt\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.MyDeadlineRemindersDocument,
    "\n  fragment EventSummary on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    online\n    status\n    visibility\n    capacity\n    attendeeCount\n    spacesLeft\n    myRsvp\n    series {\n      id\n      summary\n    }\n  }\n": types.EventSummaryFragmentDoc,
    "\n  fragment EventDetails on Event {\n    ...EventSummary\n    description\n    address\n    onlineUrl\n    accessibilityNotes\n    cancelReason\n    sequence\n    waitlistCount\n    maybeCount\n    myGuests\n    myPromotedAt\n    canManage\n    calendarPath\n    series {\n      id\n      rrule\n      summary\n      status\n    }\n    organiser {\n      id\n      name\n    }\n    organiserOrganisation {\n      id\n      name\n    }\n    network {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": types.EventDetailsFragmentDoc,
    "\n  fragment EventClash on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n  }\n": types.EventClashFragmentDoc,
    "\n  query NetworkEvents($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      calendarPath\n      events(from: $from, to: $to, past: $past, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...EventSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkEventsDocument,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": types.EventPageDocument,
    "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.EventAttendeesDocument,
    "\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n": types.EventAttendeesCsvDocument,
    "\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n": types.EventClashesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n": types.RsvpDocument,
    "\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n": types.EventAddedDocument,
    "\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n": types.EventUpdatedDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n": types.ThreadSummaryFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkThreadsDocument,
    "\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": types.ThreadAddedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ThreadPostsDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": types.PostAddedDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n": types.RetagThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": types.WatchThreadDocument,
    "\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n": types.LibraryVersionFragmentDoc,
    "\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n": types.LibraryDocumentSummaryFragmentDoc,
    "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n      }\n    }\n  }\n": types.LibraryFoldersDocument,
    "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.LibraryDocumentsDocument,
    "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": types.LibraryDocumentDocument,
    "\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": types.CreateFolderDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": types.CompleteUploadDocument,
    "\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n": types.WatchFolderDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": types.NetworksDocument,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      myMembership {\n        id\n        role\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query NetworkMembers($slug: String!, $status: MembershipStatus!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkMembersDocument,
    "\n  query NetworkOrganisations($slug: String!, $query: String, $kind: OrganisationKind, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, kind: $kind, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          description\n          website\n          charityNumber\n          companyNumber\n          representatives {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkOrganisationsDocument,
    "\n  subscription MembershipUpdated($networkId: ID!) {\n    membershipUpdated(networkId: $networkId) {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.MembershipUpdatedDocument,
    "\n  mutation JoinNetwork($networkId: ID!) {\n    joinNetwork(networkId: $networkId) {\n      id\n      role\n      status\n    }\n  }\n": types.JoinNetworkDocument,
    "\n  mutation LeaveNetwork($networkId: ID!) {\n    leaveNetwork(networkId: $networkId)\n  }\n": types.LeaveNetworkDocument,
    "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation DeclineMembership($membershipId: ID!) {\n    declineMembership(membershipId: $membershipId)\n  }\n": types.DeclineMembershipDocument,
    "\n  mutation SuspendMembership($membershipId: ID!) {\n    suspendMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": types.SuspendMembershipDocument,
    "\n  mutation ReinstateMembership($membershipId: ID!) {\n    reinstateMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n": types.ReinstateMembershipDocument,
    "\n  mutation SetMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n": types.SetMembershipRoleDocument,
    "\n  query MyMemberships {\n    myMemberships {\n      id\n      role\n      status\n      network {\n        id\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  subscription MembershipRemoved($networkId: ID!) {\n    membershipRemoved(networkId: $networkId)\n  }\n": types.MembershipRemovedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n": types.MentionableUsersDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n": types.SearchCountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n"): (typeof documents)["\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRepresentedOrganisations {\n    myOrganisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyRepresentedOrganisations {\n    myOrganisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...InterestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterest(input: $input) {\n      ...InterestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInterest($interestId: ID!) {\n    withdrawInterest(interestId: $interestId)\n  }\n"): (typeof documents)["\n  mutation WithdrawInterest($interestId: ID!) {\n    withdrawInterest(interestId: $interestId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FormConsortium($input: FormConsortiumInput!) {\n    formConsortium(input: $input) {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FormConsortium($input: FormConsortiumInput!) {\n    formConsortium(input: $input) {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusChangedAt\n      outcome\n      feedback\n      createdAt\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        funder\n        deadline\n        status\n      }\n      network {\n        id\n        slug\n        name\n      }\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consortium($id: ID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusChangedAt\n      outcome\n      feedback\n      createdAt\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        funder\n        deadline\n        status\n      }\n      network {\n        id\n        slug\n        name\n      }\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganisations($slug: String!, $query: String, $first: Int) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, first: $first) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryOrganisations($slug: String!, $query: String, $first: Int) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, first: $first) {\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToConsortium($input: InviteToConsortiumInput!) {\n    inviteToConsortium(input: $input) {\n      ...ConsortiumMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToConsortium($input: InviteToConsortiumInput!) {\n    inviteToConsortium(input: $input) {\n      ...ConsortiumMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsortiumStatus($input: SetConsortiumStatusInput!) {\n    setConsortiumStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      outcome\n      feedback\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsortiumStatus($input: SetConsortiumStatusInput!) {\n    setConsortiumStatus(input: $input) {\n      id\n      status\n      statusChangedAt\n      outcome\n      feedback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConsortiumAgreement($input: UpdateConsortiumAgreementInput!) {\n    updateConsortiumAgreement(input: $input) {\n      id\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConsortiumAgreement($input: UpdateConsortiumAgreementInput!) {\n    updateConsortiumAgreement(input: $input) {\n      id\n      members {\n        ...ConsortiumMemberFields\n      }\n      agreement {\n        version\n        dataSharing\n        exitTerms\n        totalSharePercent\n        complete\n        updatedAt\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignConsortiumAgreement($consortiumId: ID!, $organisationId: ID!) {\n    signConsortiumAgreement(consortiumId: $consortiumId, organisationId: $organisationId) {\n      ...ConsortiumMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignConsortiumAgreement($consortiumId: ID!, $organisationId: ID!) {\n    signConsortiumAgreement(consortiumId: $consortiumId, organisationId: $organisationId) {\n      ...ConsortiumMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumThreads($id: ID!, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumThreads($id: ID!, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumDocuments($id: ID!, $folderId: ID, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      documents(folderId: $folderId, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumDocuments($id: ID!, $folderId: ID, $first: Int, $after: String) {\n    consortium(id: $id) {\n      id\n      documents(folderId: $folderId, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsortiumInvitations {\n    myConsortiumInvitations {\n      id\n      role\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      invitedBy {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n        opportunity {\n          id\n          title\n          funder\n          deadline\n        }\n        network {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConsortiumInvitations {\n    myConsortiumInvitations {\n      id\n      role\n      status\n      createdAt\n      organisation {\n        id\n        name\n      }\n      invitedBy {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n        opportunity {\n          id\n          title\n          funder\n          deadline\n        }\n        network {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($memberId: ID!, $accept: Boolean!) {\n    respondToInvitation(memberId: $memberId, accept: $accept) {\n      id\n      status\n      respondedAt\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInvitation($memberId: ID!, $accept: Boolean!) {\n    respondToInvitation(memberId: $memberId, accept: $accept) {\n      id\n      status\n      respondedAt\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsortia {\n    myConsortia {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        deadline\n      }\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConsortia {\n    myConsortia {\n      id\n      name\n      status\n      lead {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        deadline\n      }\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeadlineReminders {\n    myDeadlineReminders {\n      id\n      kind\n      daysBefore\n      deadlineAt\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDeadlineReminders {\n    myDeadlineReminders {\n      id\n      kind\n      daysBefore\n      deadlineAt\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      opportunity {\n        id\n        title\n        network {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummary on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    online\n    status\n    visibility\n    capacity\n    attendeeCount\n    spacesLeft\n    myRsvp\n    series {\n      id\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment EventSummary on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    online\n    status\n    visibility\n    capacity\n    attendeeCount\n    spacesLeft\n    myRsvp\n    series {\n      id\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetails on Event {\n    ...EventSummary\n    description\n    address\n    onlineUrl\n    accessibilityNotes\n    cancelReason\n    sequence\n    waitlistCount\n    maybeCount\n    myGuests\n    myPromotedAt\n    canManage\n    calendarPath\n    series {\n      id\n      rrule\n      summary\n      status\n    }\n    organiser {\n      id\n      name\n    }\n    organiserOrganisation {\n      id\n      name\n    }\n    network {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetails on Event {\n    ...EventSummary\n    description\n    address\n    onlineUrl\n    accessibilityNotes\n    cancelReason\n    sequence\n    waitlistCount\n    maybeCount\n    myGuests\n    myPromotedAt\n    canManage\n    calendarPath\n    series {\n      id\n      rrule\n      summary\n      status\n    }\n    organiser {\n      id\n      name\n    }\n    organiserOrganisation {\n      id\n      name\n    }\n    network {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventClash on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n  }\n"): (typeof documents)["\n  fragment EventClash on Event {\n    id\n    title\n    startsAt\n    endsAt\n    location\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkEvents($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      calendarPath\n      events(from: $from, to: $to, past: $past, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...EventSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkEvents($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      calendarPath\n      events(from: $from, to: $to, past: $past, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...EventSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n"): (typeof documents)["\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n"): (typeof documents)["\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n"): (typeof documents)["\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n"): (typeof documents)["\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n"): (typeof documents)["\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n"): (typeof documents)["\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      myMembership {\n        id\n        role\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      myMembership {\n        id\n        role\n        status\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkMembers($slug: String!, $status: MembershipStatus!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkMembers($slug: String!, $status: MembershipStatus!, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          role\n          status\n          createdAt\n          user {\n            id\n            name\n          }\n          organisation {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkOrganisations($slug: String!, $query: String, $kind: OrganisationKind, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, kind: $kind, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          description\n          website\n          charityNumber\n          companyNumber\n          representatives {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkOrganisations($slug: String!, $query: String, $kind: OrganisationKind, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      organisations(query: $query, kind: $kind, first: $first, after: $after) {\n        totalCount\n        nodes {\n          id\n          name\n          kind\n          description\n          website\n          charityNumber\n          companyNumber\n          representatives {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MembershipUpdated($networkId: ID!) {\n    membershipUpdated(networkId: $networkId) {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MembershipUpdated($networkId: ID!) {\n    membershipUpdated(networkId: $networkId) {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinNetwork($networkId: ID!) {\n    joinNetwork(networkId: $networkId) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation JoinNetwork($networkId: ID!) {\n    joinNetwork(networkId: $networkId) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveNetwork($networkId: ID!) {\n    leaveNetwork(networkId: $networkId)\n  }\n"): (typeof documents)["\n  mutation LeaveNetwork($networkId: ID!) {\n    leaveNetwork(networkId: $networkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($membershipId: ID!) {\n    approveMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMembership($membershipId: ID!) {\n    declineMembership(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation DeclineMembership($membershipId: ID!) {\n    declineMembership(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMembership($membershipId: ID!) {\n    suspendMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMembership($membershipId: ID!) {\n    suspendMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMembership($membershipId: ID!) {\n    reinstateMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateMembership($membershipId: ID!) {\n    reinstateMembership(membershipId: $membershipId) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    setMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships {\n    myMemberships {\n      id\n      role\n      status\n      network {\n        id\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMemberships {\n    myMemberships {\n      id\n      role\n      status\n      network {\n        id\n        slug\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      website\n      charityNumber\n      companyNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MembershipRemoved($networkId: ID!) {\n    membershipRemoved(networkId: $networkId)\n  }\n"): (typeof documents)["\n  subscription MembershipRemoved($networkId: ID!) {\n    membershipRemoved(networkId: $networkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;