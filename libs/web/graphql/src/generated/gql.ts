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
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n      emailVerified\n      twoFactorSetupRequired\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query Person($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      formerMember\n      organisations {\n        id\n        name\n      }\n      networksInCommon {\n        id\n        slug\n        name\n      }\n      recentPosts {\n        id\n        body\n        createdAt\n        thread {\n          id\n          title\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n": typeof types.MyDataExportsDocument,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n": typeof types.RequestMyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      mailDelivery\n    }\n  }\n": typeof types.PlatformStatusDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      lastSeenAt\n      createdAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySecurityLog($first: Int, $after: String) {\n    mySecurityLog(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MySecurityLogDocument,
    "\n  query SecurityLogSearch($person: String, $kind: SecurityEventKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    securityLog(person: $person, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n        userId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SecurityLogSearchDocument,
    "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorSetupRequired\n    }\n  }\n": typeof types.TwoFactorStatusDocument,
    "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.SetupTwoFactorDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n": typeof types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query IdentityProvider {\n    identityProvider {\n      buttonLabel\n      startPath\n    }\n  }\n": typeof types.IdentityProviderDocument,
    "\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n": typeof types.OpportunitySummaryFragmentDoc,
    "\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n": typeof types.InterestFieldsFragmentDoc,
    "\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n": typeof types.ConsortiumMemberFieldsFragmentDoc,
    "\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkOpportunitiesDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OpportunityDocument,
    "\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.OpportunityInterestsDocument,
    "\n  query MyRepresentedOrganisations($networkId: ID) {\n    myOrganisations(networkId: $networkId) {\n      id\n      name\n    }\n  }\n": typeof types.MyRepresentedOrganisationsDocument,
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
    "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          attended\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.EventAttendeesDocument,
    "\n  mutation MarkAttendance($eventId: ID!, $userId: ID!, $attended: Boolean) {\n    markAttendance(eventId: $eventId, userId: $userId, attended: $attended) {\n      attended\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n": typeof types.EventAttendeesCsvDocument,
    "\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n": typeof types.EventClashesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n": typeof types.EventAddedDocument,
    "\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n": typeof types.EventUpdatedDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    holdStatus\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n": typeof types.ThreadSummaryFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    holdStatus\n    authorBlocked\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NetworkThreadsDocument,
    "\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": typeof types.ThreadAddedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      pendingReplies {\n        ...PostFields\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ThreadPostsDocument,
    "\n  subscription ThreadUpdated($networkId: ID!) {\n    threadUpdated(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": typeof types.ThreadUpdatedDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": typeof types.PostAddedDocument,
    "\n  subscription PostUpdated($threadId: ID!) {\n    postUpdated(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": typeof types.PostUpdatedDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n": typeof types.RetagThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": typeof types.WatchThreadDocument,
    "\n  query SignedInHome {\n    myLatestThreads(first: 6) {\n      ...ThreadSummary\n      network {\n        id\n        slug\n        name\n      }\n      consortium {\n        id\n        name\n      }\n    }\n    myUpcomingEvents(first: 5) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      online\n      myRsvp\n      network {\n        id\n        slug\n        name\n      }\n    }\n    myConsortia {\n      id\n      name\n      status\n      network {\n        id\n        slug\n      }\n      opportunity {\n        id\n        title\n        deadline\n        expressionOfInterestDeadline\n        clarificationDeadline\n      }\n    }\n    myConsortiumInvitations {\n      id\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n        opportunity {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      nodes {\n        id\n        title\n        path\n        createdAt\n      }\n    }\n  }\n": typeof types.SignedInHomeDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      description\n      kind\n      tags\n      updatedAt\n      folder {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  mutation DeleteDocument($documentId: ID!) {\n    deleteDocument(documentId: $documentId)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  query DocumentConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": typeof types.DocumentConsortiumFoldersDocument,
    "\n  mutation RenameFolder($input: RenameFolderInput!) {\n    renameFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.RenameFolderDocument,
    "\n  mutation DeleteFolder($folderId: ID!) {\n    deleteFolder(folderId: $folderId)\n  }\n": typeof types.DeleteFolderDocument,
    "\n  mutation RequestLibraryImportUpload($input: RequestLibraryImportUploadInput!) {\n    requestLibraryImportUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n    }\n  }\n": typeof types.RequestLibraryImportUploadDocument,
    "\n  mutation StartLibraryImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartLibraryImportDocument,
    "\n  query LibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      entriesTotal\n      entriesDone\n      imported\n      skipped\n      failureMessage\n      skippedListUrl\n      skippedEntries(first: 10) {\n        totalCount\n        nodes {\n          entryIndex\n          path\n          reasonText\n        }\n      }\n    }\n  }\n": typeof types.LibraryImportDocument,
    "\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n": typeof types.LibraryVersionFragmentDoc,
    "\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n": typeof types.LibraryDocumentSummaryFragmentDoc,
    "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n        viewerCanEdit\n      }\n    }\n  }\n": typeof types.LibraryFoldersDocument,
    "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.LibraryDocumentsDocument,
    "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      viewerCanEdit\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": typeof types.LibraryDocumentDocument,
    "\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.CreateFolderDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": typeof types.CompleteUploadDocument,
    "\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n": typeof types.WatchFolderDocument,
    "\n  query HeldPosts($slug: String!) {\n    network(slug: $slug) {\n      id\n      heldPosts(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          position\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.HeldPostsDocument,
    "\n  mutation ApproveHeldPost($postId: ID!) {\n    approveHeldPost(postId: $postId) {\n      id\n      position\n      holdStatus\n    }\n  }\n": typeof types.ApproveHeldPostDocument,
    "\n  mutation RejectHeldPost($input: RejectHeldPostInput!) {\n    rejectHeldPost(input: $input) {\n      id\n      holdStatus\n      deleted\n    }\n  }\n": typeof types.RejectHeldPostDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    reason\n    note\n    status\n    action\n    createdAt\n    resolvedAt\n    resolutionNote\n    targetId\n    excerpt\n    path\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query ModerationQueue($slug: String!, $status: ReportStatus!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      openReportCount\n      reports(status: $status, first: 50, after: $after) {\n        nodes {\n          ...ReportFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      id\n      status\n      action\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  subscription OpenReportCountChanged($networkId: ID!) {\n    openReportCountChanged(networkId: $networkId)\n  }\n": typeof types.OpenReportCountChangedDocument,
    "\n  query AuditLog($slug: String!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      auditLogCsvPath\n      auditLog(first: 50, after: $after) {\n        nodes {\n          id\n          action\n          subjectKind\n          subjectId\n          note\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MyBlocks {\n    myBlocks {\n      id\n      name\n    }\n  }\n": typeof types.MyBlocksDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.UnblockUserDocument,
    "\n  query MyReports($status: ReportStatus!) {\n    myReports(status: $status, first: 50) {\n      nodes {\n        ...ReportFields\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  query NetworkSettings($slug: String!) {\n    network(slug: $slug) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n": typeof types.NetworkSettingsDocument,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  query NetworkInvitations($slug: String!, $status: NetworkInvitationStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      invitations(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          email\n          name\n          organisation\n          status\n          createdAt\n          expiresAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.NetworkInvitationsDocument,
    "\n  query NetworkInvitationPreview($input: InviteToNetworkInput!) {\n    networkInvitationPreview(input: $input) {\n      toSend\n      rows {\n        line\n        email\n        name\n        organisation\n        outcome\n        problem\n      }\n    }\n  }\n": typeof types.NetworkInvitationPreviewDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      email\n      status\n      createdAt\n    }\n  }\n": typeof types.InviteToNetworkDocument,
    "\n  mutation ResendNetworkInvitation($invitationId: ID!) {\n    resendNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n      expiresAt\n      sentAt\n    }\n  }\n": typeof types.ResendNetworkInvitationDocument,
    "\n  mutation RevokeNetworkInvitation($invitationId: ID!) {\n    revokeNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeNetworkInvitationDocument,
    "\n  query NetworkInvitationLink($token: String!) {\n    networkInvitationLink(token: $token) {\n      networkName\n      networkSlug\n      email\n      status\n      expiresAt\n    }\n  }\n": typeof types.NetworkInvitationLinkDocument,
    "\n  mutation AcceptNetworkInvitation($token: String!) {\n    acceptNetworkInvitation(token: $token) {\n      id\n      status\n      role\n      network {\n        id\n        slug\n        name\n        welcomeMessage\n      }\n    }\n  }\n": typeof types.AcceptNetworkInvitationDocument,
    "\n  query NetworkReport($slug: String!, $months: Int!) {\n    network(slug: $slug) {\n      id\n      name\n      report(months: $months) {\n        csv\n        months {\n          month\n          activeMembers\n          activeOrganisations\n          threads\n          replies\n          documentsAdded\n          documentsDownloaded\n          eventsHeld\n          going\n          attended\n          opportunities\n          consortiaFormed\n          consortiaSubmitted\n          consortiaWon\n          consortiaLost\n        }\n      }\n    }\n  }\n": typeof types.NetworkReportDocument,
    "\n  query AdminNetworks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n    }\n  }\n": typeof types.AdminNetworksDocument,
    "\n  query PlatformPeople($search: String, $first: Int, $after: String) {\n    platformPeople(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        isPlatformAdmin\n        createdAt\n        networkCount\n        twoFactorEnabled\n      }\n    }\n    suspendedUserIds\n  }\n": typeof types.PlatformPeopleDocument,
    "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId)\n  }\n": typeof types.ResetUserTwoFactorDocument,
    "\n  mutation SuspendUser($input: PlatformSuspensionInput!) {\n    suspendUser(input: $input)\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation LiftUserSuspension($input: PlatformSuspensionInput!) {\n    liftUserSuspension(input: $input)\n  }\n": typeof types.LiftUserSuspensionDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      welcomeMessage\n      myMembership {\n        id\n        role\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
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
    "\n  query NetworkEmail($slug: String!) {\n    network(slug: $slug) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n": typeof types.NetworkEmailDocument,
    "\n  mutation SetNetworkThreadsByEmail($networkId: ID!, $enabled: Boolean!) {\n    setNetworkThreadsByEmail(networkId: $networkId, enabled: $enabled) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n": typeof types.SetNetworkThreadsByEmailDocument,
    "\n  query EmailDeliveryStopped {\n    me {\n      id\n      email\n      emailDeliveryStopped {\n        reason\n        detail\n        since\n      }\n    }\n  }\n": typeof types.EmailDeliveryStoppedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n": typeof types.MentionableUsersDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    authorBlocked\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n": typeof types.SearchCountsDocument,
    "\n  query Statement($kind: StatementKind!) {\n    statement(kind: $kind) {\n      kind\n      body\n      version\n      publishedAt\n    }\n    me {\n      id\n      isPlatformAdmin\n    }\n  }\n": typeof types.StatementDocument,
    "\n  mutation UpdateStatement($input: UpdateStatementInput!) {\n    updateStatement(input: $input) {\n      kind\n      body\n      version\n      publishedAt\n    }\n  }\n": typeof types.UpdateStatementDocument,
    "\n  query TermsStatus {\n    me {\n      id\n      termsAcceptedVersion\n    }\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n": typeof types.TermsStatusDocument,
    "\n  query CurrentTermsVersion {\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n": typeof types.CurrentTermsVersionDocument,
    "\n  mutation AcceptTerms($version: Int!) {\n    acceptTerms(version: $version) {\n      id\n      termsAcceptedVersion\n    }\n  }\n": typeof types.AcceptTermsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n      emailVerified\n      twoFactorSetupRequired\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query Person($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      formerMember\n      organisations {\n        id\n        name\n      }\n      networksInCommon {\n        id\n        slug\n        name\n      }\n      recentPosts {\n        id\n        body\n        createdAt\n        thread {\n          id\n          title\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n": types.MyDataExportsDocument,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n": types.RequestMyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  query PlatformStatus {\n    platformStatus {\n      mailDelivery\n    }\n  }\n": types.PlatformStatusDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      lastSeenAt\n      createdAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query MySecurityLog($first: Int, $after: String) {\n    mySecurityLog(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MySecurityLogDocument,
    "\n  query SecurityLogSearch($person: String, $kind: SecurityEventKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    securityLog(person: $person, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n        userId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SecurityLogSearchDocument,
    "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorSetupRequired\n    }\n  }\n": types.TwoFactorStatusDocument,
    "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n": types.SetupTwoFactorDocument,
    "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n": types.EnableTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  query IdentityProvider {\n    identityProvider {\n      buttonLabel\n      startPath\n    }\n  }\n": types.IdentityProviderDocument,
    "\n  fragment OpportunitySummary on Opportunity {\n    id\n    title\n    funder\n    value\n    status\n    closingSoon\n    deadline\n    clarificationDeadline\n    expressionOfInterestDeadline\n    serviceTags\n    areas\n    lots\n  }\n": types.OpportunitySummaryFragmentDoc,
    "\n  fragment InterestFields on Interest {\n    id\n    role\n    lots\n    capabilities\n    capacity\n    areas\n    services\n    note\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    expressedBy {\n      id\n      name\n    }\n  }\n": types.InterestFieldsFragmentDoc,
    "\n  fragment ConsortiumMemberFields on ConsortiumMember {\n    id\n    status\n    role\n    responsibilities\n    sharePercent\n    signed\n    signedAt\n    respondedAt\n    organisation {\n      id\n      name\n    }\n    signedBy {\n      id\n      name\n    }\n  }\n": types.ConsortiumMemberFieldsFragmentDoc,
    "\n  query NetworkOpportunities($slug: String!, $status: OpportunityStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      opportunities(status: $status, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...OpportunitySummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkOpportunitiesDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunitySummary\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  query Opportunity($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunitySummary\n      description\n      url\n      createdAt\n      postedBy {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      myConsortia {\n        id\n        name\n        status\n        lead {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OpportunityDocument,
    "\n  query OpportunityInterests($id: ID!, $role: ConsortiumRole, $area: String, $service: String, $first: Int, $after: String) {\n    opportunity(id: $id) {\n      id\n      interests(role: $role, area: $area, service: $service, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...InterestFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.OpportunityInterestsDocument,
    "\n  query MyRepresentedOrganisations($networkId: ID) {\n    myOrganisations(networkId: $networkId) {\n      id\n      name\n    }\n  }\n": types.MyRepresentedOrganisationsDocument,
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
    "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          attended\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.EventAttendeesDocument,
    "\n  mutation MarkAttendance($eventId: ID!, $userId: ID!, $attended: Boolean) {\n    markAttendance(eventId: $eventId, userId: $userId, attended: $attended) {\n      attended\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query EventAttendeesCsv($id: ID!) {\n    event(id: $id) {\n      id\n      attendeesCsv\n    }\n  }\n": types.EventAttendeesCsvDocument,
    "\n  query EventClashes($input: EventClashesInput!) {\n    eventClashes(input: $input) {\n      ...EventClash\n    }\n  }\n": types.EventClashesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetails\n      clashes {\n        ...EventClash\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      ...EventDetails\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation Rsvp($eventId: ID!, $status: RsvpStatus!, $guests: Int!) {\n    rsvp(eventId: $eventId, status: $status, guests: $guests) {\n      ...EventDetails\n    }\n  }\n": types.RsvpDocument,
    "\n  subscription EventAdded($networkId: ID!) {\n    eventAdded(networkId: $networkId) {\n      ...EventSummary\n    }\n  }\n": types.EventAddedDocument,
    "\n  subscription EventUpdated($eventId: ID!) {\n    eventUpdated(eventId: $eventId) {\n      ...EventDetails\n    }\n  }\n": types.EventUpdatedDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    holdStatus\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n": types.ThreadSummaryFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    holdStatus\n    authorBlocked\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query NetworkThreads($slug: String!, $first: Int, $after: String, $tag: String) {\n    network(slug: $slug) {\n      id\n      threads(first: $first, after: $after, tag: $tag) {\n        nodes {\n          ...ThreadSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NetworkThreadsDocument,
    "\n  subscription ThreadAdded($networkId: ID!) {\n    threadAdded(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": types.ThreadAddedDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadSummary\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      pendingReplies {\n        ...PostFields\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ThreadPostsDocument,
    "\n  subscription ThreadUpdated($networkId: ID!) {\n    threadUpdated(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n": types.ThreadUpdatedDocument,
    "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": types.PostAddedDocument,
    "\n  subscription PostUpdated($threadId: ID!) {\n    postUpdated(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n": types.PostUpdatedDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!, $reason: String) {\n    deletePost(postId: $postId, reason: $reason) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation PinThread($input: SetThreadFlagInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation LockThread($input: SetThreadFlagInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation RetagThread($input: RetagThreadInput!) {\n    retagThread(input: $input) {\n      id\n      tags\n    }\n  }\n": types.RetagThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $position: Int) {\n    markThreadRead(threadId: $threadId, position: $position) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  mutation WatchThread($threadId: ID!, $level: WatchLevel!) {\n    watchThread(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": types.WatchThreadDocument,
    "\n  query SignedInHome {\n    myLatestThreads(first: 6) {\n      ...ThreadSummary\n      network {\n        id\n        slug\n        name\n      }\n      consortium {\n        id\n        name\n      }\n    }\n    myUpcomingEvents(first: 5) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      online\n      myRsvp\n      network {\n        id\n        slug\n        name\n      }\n    }\n    myConsortia {\n      id\n      name\n      status\n      network {\n        id\n        slug\n      }\n      opportunity {\n        id\n        title\n        deadline\n        expressionOfInterestDeadline\n        clarificationDeadline\n      }\n    }\n    myConsortiumInvitations {\n      id\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n        opportunity {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      nodes {\n        id\n        title\n        path\n        createdAt\n      }\n    }\n  }\n": types.SignedInHomeDocument,
    "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      description\n      kind\n      tags\n      updatedAt\n      folder {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  mutation DeleteDocument($documentId: ID!) {\n    deleteDocument(documentId: $documentId)\n  }\n": types.DeleteDocumentDocument,
    "\n  query DocumentConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n": types.DocumentConsortiumFoldersDocument,
    "\n  mutation RenameFolder($input: RenameFolderInput!) {\n    renameFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": types.RenameFolderDocument,
    "\n  mutation DeleteFolder($folderId: ID!) {\n    deleteFolder(folderId: $folderId)\n  }\n": types.DeleteFolderDocument,
    "\n  mutation RequestLibraryImportUpload($input: RequestLibraryImportUploadInput!) {\n    requestLibraryImportUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n    }\n  }\n": types.RequestLibraryImportUploadDocument,
    "\n  mutation StartLibraryImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartLibraryImportDocument,
    "\n  query LibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      entriesTotal\n      entriesDone\n      imported\n      skipped\n      failureMessage\n      skippedListUrl\n      skippedEntries(first: 10) {\n        totalCount\n        nodes {\n          entryIndex\n          path\n          reasonText\n        }\n      }\n    }\n  }\n": types.LibraryImportDocument,
    "\n  fragment LibraryVersion on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    createdAt\n    downloadUrl\n    previewUrl\n    textStatus\n    uploadedBy {\n      id\n      name\n    }\n  }\n": types.LibraryVersionFragmentDoc,
    "\n  fragment LibraryDocumentSummary on Document {\n    id\n    title\n    kind\n    tags\n    updatedAt\n    currentVersion {\n      ...LibraryVersion\n    }\n  }\n": types.LibraryDocumentSummaryFragmentDoc,
    "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n        viewerCanEdit\n      }\n    }\n  }\n": types.LibraryFoldersDocument,
    "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.LibraryDocumentsDocument,
    "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      viewerCanEdit\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": types.LibraryDocumentDocument,
    "\n  mutation CreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": types.CreateFolderDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n      expiresAt\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation CompleteUpload($input: CompleteUploadInput!) {\n    completeUpload(input: $input) {\n      ...LibraryDocumentSummary\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n": types.CompleteUploadDocument,
    "\n  mutation WatchFolder($folderId: ID!, $watch: Boolean!) {\n    watchFolder(folderId: $folderId, watch: $watch)\n  }\n": types.WatchFolderDocument,
    "\n  query HeldPosts($slug: String!) {\n    network(slug: $slug) {\n      id\n      heldPosts(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          position\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.HeldPostsDocument,
    "\n  mutation ApproveHeldPost($postId: ID!) {\n    approveHeldPost(postId: $postId) {\n      id\n      position\n      holdStatus\n    }\n  }\n": types.ApproveHeldPostDocument,
    "\n  mutation RejectHeldPost($input: RejectHeldPostInput!) {\n    rejectHeldPost(input: $input) {\n      id\n      holdStatus\n      deleted\n    }\n  }\n": types.RejectHeldPostDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportContentDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    reason\n    note\n    status\n    action\n    createdAt\n    resolvedAt\n    resolutionNote\n    targetId\n    excerpt\n    path\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query ModerationQueue($slug: String!, $status: ReportStatus!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      openReportCount\n      reports(status: $status, first: 50, after: $after) {\n        nodes {\n          ...ReportFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      id\n      status\n      action\n    }\n  }\n": types.ResolveReportDocument,
    "\n  subscription OpenReportCountChanged($networkId: ID!) {\n    openReportCountChanged(networkId: $networkId)\n  }\n": types.OpenReportCountChangedDocument,
    "\n  query AuditLog($slug: String!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      auditLogCsvPath\n      auditLog(first: 50, after: $after) {\n        nodes {\n          id\n          action\n          subjectKind\n          subjectId\n          note\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MyBlocks {\n    myBlocks {\n      id\n      name\n    }\n  }\n": types.MyBlocksDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.UnblockUserDocument,
    "\n  query MyReports($status: ReportStatus!) {\n    myReports(status: $status, first: 50) {\n      nodes {\n        ...ReportFields\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  query NetworkSettings($slug: String!) {\n    network(slug: $slug) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n": types.NetworkSettingsDocument,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n": types.UpdateNetworkDocument,
    "\n  query NetworkInvitations($slug: String!, $status: NetworkInvitationStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      invitations(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          email\n          name\n          organisation\n          status\n          createdAt\n          expiresAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.NetworkInvitationsDocument,
    "\n  query NetworkInvitationPreview($input: InviteToNetworkInput!) {\n    networkInvitationPreview(input: $input) {\n      toSend\n      rows {\n        line\n        email\n        name\n        organisation\n        outcome\n        problem\n      }\n    }\n  }\n": types.NetworkInvitationPreviewDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      email\n      status\n      createdAt\n    }\n  }\n": types.InviteToNetworkDocument,
    "\n  mutation ResendNetworkInvitation($invitationId: ID!) {\n    resendNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n      expiresAt\n      sentAt\n    }\n  }\n": types.ResendNetworkInvitationDocument,
    "\n  mutation RevokeNetworkInvitation($invitationId: ID!) {\n    revokeNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n": types.RevokeNetworkInvitationDocument,
    "\n  query NetworkInvitationLink($token: String!) {\n    networkInvitationLink(token: $token) {\n      networkName\n      networkSlug\n      email\n      status\n      expiresAt\n    }\n  }\n": types.NetworkInvitationLinkDocument,
    "\n  mutation AcceptNetworkInvitation($token: String!) {\n    acceptNetworkInvitation(token: $token) {\n      id\n      status\n      role\n      network {\n        id\n        slug\n        name\n        welcomeMessage\n      }\n    }\n  }\n": types.AcceptNetworkInvitationDocument,
    "\n  query NetworkReport($slug: String!, $months: Int!) {\n    network(slug: $slug) {\n      id\n      name\n      report(months: $months) {\n        csv\n        months {\n          month\n          activeMembers\n          activeOrganisations\n          threads\n          replies\n          documentsAdded\n          documentsDownloaded\n          eventsHeld\n          going\n          attended\n          opportunities\n          consortiaFormed\n          consortiaSubmitted\n          consortiaWon\n          consortiaLost\n        }\n      }\n    }\n  }\n": types.NetworkReportDocument,
    "\n  query AdminNetworks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n    }\n  }\n": types.AdminNetworksDocument,
    "\n  query PlatformPeople($search: String, $first: Int, $after: String) {\n    platformPeople(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        isPlatformAdmin\n        createdAt\n        networkCount\n        twoFactorEnabled\n      }\n    }\n    suspendedUserIds\n  }\n": types.PlatformPeopleDocument,
    "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId)\n  }\n": types.ResetUserTwoFactorDocument,
    "\n  mutation SuspendUser($input: PlatformSuspensionInput!) {\n    suspendUser(input: $input)\n  }\n": types.SuspendUserDocument,
    "\n  mutation LiftUserSuspension($input: PlatformSuspensionInput!) {\n    liftUserSuspension(input: $input)\n  }\n": types.LiftUserSuspensionDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n": types.NetworksDocument,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      welcomeMessage\n      myMembership {\n        id\n        role\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
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
    "\n  query NetworkEmail($slug: String!) {\n    network(slug: $slug) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n": types.NetworkEmailDocument,
    "\n  mutation SetNetworkThreadsByEmail($networkId: ID!, $enabled: Boolean!) {\n    setNetworkThreadsByEmail(networkId: $networkId, enabled: $enabled) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n": types.SetNetworkThreadsByEmailDocument,
    "\n  query EmailDeliveryStopped {\n    me {\n      id\n      email\n      emailDeliveryStopped {\n        reason\n        detail\n        since\n      }\n    }\n  }\n": types.EmailDeliveryStoppedDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    path\n    createdAt\n    readAt\n    network {\n      id\n      slug\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      nodes {\n        ...NotificationFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($notificationId: ID!) {\n    markNotificationRead(notificationId: $notificationId) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($networkId: ID!, $email: EmailFrequency!) {\n    setNotificationPreference(networkId: $networkId, email: $email) {\n      email\n      network {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query MentionableUsers($spaceId: ID!, $query: String!, $first: Int!) {\n    mentionableUsers(spaceId: $spaceId, query: $query, first: $first) {\n      id\n      name\n    }\n  }\n": types.MentionableUsersDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    authorBlocked\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n": types.SearchCountsDocument,
    "\n  query Statement($kind: StatementKind!) {\n    statement(kind: $kind) {\n      kind\n      body\n      version\n      publishedAt\n    }\n    me {\n      id\n      isPlatformAdmin\n    }\n  }\n": types.StatementDocument,
    "\n  mutation UpdateStatement($input: UpdateStatementInput!) {\n    updateStatement(input: $input) {\n      kind\n      body\n      version\n      publishedAt\n    }\n  }\n": types.UpdateStatementDocument,
    "\n  query TermsStatus {\n    me {\n      id\n      termsAcceptedVersion\n    }\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n": types.TermsStatusDocument,
    "\n  query CurrentTermsVersion {\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n": types.CurrentTermsVersionDocument,
    "\n  mutation AcceptTerms($version: Int!) {\n    acceptTerms(version: $version) {\n      id\n      termsAcceptedVersion\n    }\n  }\n": types.AcceptTermsDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n      emailVerified\n      twoFactorSetupRequired\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      isPlatformAdmin\n      emailVerified\n      twoFactorSetupRequired\n    }\n  }\n"];
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
export function graphql(source: "\n  query Person($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      formerMember\n      organisations {\n        id\n        name\n      }\n      networksInCommon {\n        id\n        slug\n        name\n      }\n      recentPosts {\n        id\n        body\n        createdAt\n        thread {\n          id\n          title\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      formerMember\n      organisations {\n        id\n        name\n      }\n      networksInCommon {\n        id\n        slug\n        name\n      }\n      recentPosts {\n        id\n        body\n        createdAt\n        thread {\n          id\n          title\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query MyDataExports {\n    myDataExports {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      id\n      status\n      createdAt\n      expiresAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStatus {\n    platformStatus {\n      mailDelivery\n    }\n  }\n"): (typeof documents)["\n  query PlatformStatus {\n    platformStatus {\n      mailDelivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      device\n      lastSeenAt\n      createdAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      device\n      lastSeenAt\n      createdAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurityLog($first: Int, $after: String) {\n    mySecurityLog(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySecurityLog($first: Int, $after: String) {\n    mySecurityLog(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLogSearch($person: String, $kind: SecurityEventKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    securityLog(person: $person, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n        userId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityLogSearch($person: String, $kind: SecurityEventKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    securityLog(person: $person, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        occurredAt\n        address\n        device\n        detail\n        userId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorSetupRequired\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorSetupRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetupTwoFactor {\n    setupTwoFactor {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation EnableTwoFactor($code: String!) {\n    enableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProvider {\n    identityProvider {\n      buttonLabel\n      startPath\n    }\n  }\n"): (typeof documents)["\n  query IdentityProvider {\n    identityProvider {\n      buttonLabel\n      startPath\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyRepresentedOrganisations($networkId: ID) {\n    myOrganisations(networkId: $networkId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyRepresentedOrganisations($networkId: ID) {\n    myOrganisations(networkId: $networkId) {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          attended\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAttendees($id: ID!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(first: $first, after: $after) {\n        totalCount\n        nodes {\n          status\n          guests\n          respondedAt\n          promotedAt\n          attended\n          user {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($eventId: ID!, $userId: ID!, $attended: Boolean) {\n    markAttendance(eventId: $eventId, userId: $userId, attended: $attended) {\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($eventId: ID!, $userId: ID!, $attended: Boolean) {\n    markAttendance(eventId: $eventId, userId: $userId, attended: $attended) {\n      attended\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    holdStatus\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummary on Thread {\n    id\n    title\n    tags\n    pinned\n    locked\n    holdStatus\n    postCount\n    unreadCount\n    createdAt\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    lastPoster {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    holdStatus\n    authorBlocked\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    position\n    body\n    deleted\n    holdStatus\n    authorBlocked\n    createdAt\n    editedAt\n    author {\n      id\n      name\n    }\n    replyTo {\n      id\n      position\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      pendingReplies {\n        ...PostFields\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      ...ThreadSummary\n      canModerate\n      myWatchLevel\n      firstUnreadPosition\n      pendingReplies {\n        ...PostFields\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPosts($id: ID!, $first: Int, $after: String, $fromPosition: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, after: $after, fromPosition: $fromPosition) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadUpdated($networkId: ID!) {\n    threadUpdated(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadUpdated($networkId: ID!) {\n    threadUpdated(networkId: $networkId) {\n      ...ThreadSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  subscription PostAdded($threadId: ID!) {\n    postAdded(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PostUpdated($threadId: ID!) {\n    postUpdated(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  subscription PostUpdated($threadId: ID!) {\n    postUpdated(threadId: $threadId) {\n      ...PostFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query SignedInHome {\n    myLatestThreads(first: 6) {\n      ...ThreadSummary\n      network {\n        id\n        slug\n        name\n      }\n      consortium {\n        id\n        name\n      }\n    }\n    myUpcomingEvents(first: 5) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      online\n      myRsvp\n      network {\n        id\n        slug\n        name\n      }\n    }\n    myConsortia {\n      id\n      name\n      status\n      network {\n        id\n        slug\n      }\n      opportunity {\n        id\n        title\n        deadline\n        expressionOfInterestDeadline\n        clarificationDeadline\n      }\n    }\n    myConsortiumInvitations {\n      id\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n        opportunity {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      nodes {\n        id\n        title\n        path\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignedInHome {\n    myLatestThreads(first: 6) {\n      ...ThreadSummary\n      network {\n        id\n        slug\n        name\n      }\n      consortium {\n        id\n        name\n      }\n    }\n    myUpcomingEvents(first: 5) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      online\n      myRsvp\n      network {\n        id\n        slug\n        name\n      }\n    }\n    myConsortia {\n      id\n      name\n      status\n      network {\n        id\n        slug\n      }\n      opportunity {\n        id\n        title\n        deadline\n        expressionOfInterestDeadline\n        clarificationDeadline\n      }\n    }\n    myConsortiumInvitations {\n      id\n      organisation {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n        network {\n          id\n          slug\n        }\n        opportunity {\n          id\n          title\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      nodes {\n        id\n        title\n        path\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      description\n      kind\n      tags\n      updatedAt\n      folder {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($input: UpdateDocumentInput!) {\n    updateDocument(input: $input) {\n      id\n      title\n      description\n      kind\n      tags\n      updatedAt\n      folder {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($documentId: ID!) {\n    deleteDocument(documentId: $documentId)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($documentId: ID!) {\n    deleteDocument(documentId: $documentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentConsortiumFolders($id: ID!) {\n    consortium(id: $id) {\n      id\n      folders {\n        id\n        name\n        parentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameFolder($input: RenameFolderInput!) {\n    renameFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation RenameFolder($input: RenameFolderInput!) {\n    renameFolder(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFolder($folderId: ID!) {\n    deleteFolder(folderId: $folderId)\n  }\n"): (typeof documents)["\n  mutation DeleteFolder($folderId: ID!) {\n    deleteFolder(folderId: $folderId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLibraryImportUpload($input: RequestLibraryImportUploadInput!) {\n    requestLibraryImportUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLibraryImportUpload($input: RequestLibraryImportUploadInput!) {\n    requestLibraryImportUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLibraryImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartLibraryImport($input: StartLibraryImportInput!) {\n    startLibraryImport(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      entriesTotal\n      entriesDone\n      imported\n      skipped\n      failureMessage\n      skippedListUrl\n      skippedEntries(first: 10) {\n        totalCount\n        nodes {\n          entryIndex\n          path\n          reasonText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryImport($id: ID!) {\n    libraryImport(id: $id) {\n      id\n      status\n      entriesTotal\n      entriesDone\n      imported\n      skipped\n      failureMessage\n      skippedListUrl\n      skippedEntries(first: 10) {\n        totalCount\n        nodes {\n          entryIndex\n          path\n          reasonText\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n        viewerCanEdit\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryFolders($slug: String!) {\n    network(slug: $slug) {\n      id\n      folders {\n        id\n        name\n        parentId\n        watching\n        viewerCanEdit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryDocuments($slug: String!, $folderId: ID, $kind: DocumentKind, $tag: String, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      documents(folderId: $folderId, kind: $kind, tag: $tag, first: $first, after: $after) {\n        totalCount\n        nodes {\n          ...LibraryDocumentSummary\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      viewerCanEdit\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryDocument($id: ID!) {\n    document(id: $id) {\n      ...LibraryDocumentSummary\n      description\n      createdAt\n      viewerCanEdit\n      folder {\n        id\n        name\n      }\n      consortium {\n        id\n        name\n      }\n      network {\n        id\n        slug\n        name\n        myMembership {\n          id\n          role\n          status\n        }\n      }\n      versions {\n        ...LibraryVersion\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query HeldPosts($slug: String!) {\n    network(slug: $slug) {\n      id\n      heldPosts(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          position\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeldPosts($slug: String!) {\n    network(slug: $slug) {\n      id\n      heldPosts(first: 50) {\n        totalCount\n        nodes {\n          id\n          body\n          position\n          createdAt\n          author {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveHeldPost($postId: ID!) {\n    approveHeldPost(postId: $postId) {\n      id\n      position\n      holdStatus\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveHeldPost($postId: ID!) {\n    approveHeldPost(postId: $postId) {\n      id\n      position\n      holdStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectHeldPost($input: RejectHeldPostInput!) {\n    rejectHeldPost(input: $input) {\n      id\n      holdStatus\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation RejectHeldPost($input: RejectHeldPostInput!) {\n    rejectHeldPost(input: $input) {\n      id\n      holdStatus\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    id\n    kind\n    reason\n    note\n    status\n    action\n    createdAt\n    resolvedAt\n    resolutionNote\n    targetId\n    excerpt\n    path\n  }\n"): (typeof documents)["\n  fragment ReportFields on Report {\n    id\n    kind\n    reason\n    note\n    status\n    action\n    createdAt\n    resolvedAt\n    resolutionNote\n    targetId\n    excerpt\n    path\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($slug: String!, $status: ReportStatus!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      openReportCount\n      reports(status: $status, first: 50, after: $after) {\n        nodes {\n          ...ReportFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($slug: String!, $status: ReportStatus!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      openReportCount\n      reports(status: $status, first: 50, after: $after) {\n        nodes {\n          ...ReportFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      id\n      status\n      action\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      id\n      status\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OpenReportCountChanged($networkId: ID!) {\n    openReportCountChanged(networkId: $networkId)\n  }\n"): (typeof documents)["\n  subscription OpenReportCountChanged($networkId: ID!) {\n    openReportCountChanged(networkId: $networkId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($slug: String!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      auditLogCsvPath\n      auditLog(first: 50, after: $after) {\n        nodes {\n          id\n          action\n          subjectKind\n          subjectId\n          note\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($slug: String!, $after: String) {\n    network(slug: $slug) {\n      id\n      name\n      auditLogCsvPath\n      auditLog(first: 50, after: $after) {\n        nodes {\n          id\n          action\n          subjectKind\n          subjectId\n          note\n          createdAt\n          actor {\n            id\n            name\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBlocks {\n    myBlocks {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyBlocks {\n    myBlocks {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($status: ReportStatus!) {\n    myReports(status: $status, first: 50) {\n      nodes {\n        ...ReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReports($status: ReportStatus!) {\n    myReports(status: $status, first: 50) {\n      nodes {\n        ...ReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSettings($slug: String!) {\n    network(slug: $slug) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n"): (typeof documents)["\n  query NetworkSettings($slug: String!) {\n    network(slug: $slug) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      id\n      name\n      description\n      visibility\n      welcomeMessage\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInvitations($slug: String!, $status: NetworkInvitationStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      invitations(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          email\n          name\n          organisation\n          status\n          createdAt\n          expiresAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkInvitations($slug: String!, $status: NetworkInvitationStatus, $first: Int, $after: String) {\n    network(slug: $slug) {\n      id\n      invitations(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          email\n          name\n          organisation\n          status\n          createdAt\n          expiresAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInvitationPreview($input: InviteToNetworkInput!) {\n    networkInvitationPreview(input: $input) {\n      toSend\n      rows {\n        line\n        email\n        name\n        organisation\n        outcome\n        problem\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkInvitationPreview($input: InviteToNetworkInput!) {\n    networkInvitationPreview(input: $input) {\n      toSend\n      rows {\n        line\n        email\n        name\n        organisation\n        outcome\n        problem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      email\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      id\n      email\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendNetworkInvitation($invitationId: ID!) {\n    resendNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n      expiresAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendNetworkInvitation($invitationId: ID!) {\n    resendNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n      expiresAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeNetworkInvitation($invitationId: ID!) {\n    revokeNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeNetworkInvitation($invitationId: ID!) {\n    revokeNetworkInvitation(invitationId: $invitationId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkInvitationLink($token: String!) {\n    networkInvitationLink(token: $token) {\n      networkName\n      networkSlug\n      email\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query NetworkInvitationLink($token: String!) {\n    networkInvitationLink(token: $token) {\n      networkName\n      networkSlug\n      email\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNetworkInvitation($token: String!) {\n    acceptNetworkInvitation(token: $token) {\n      id\n      status\n      role\n      network {\n        id\n        slug\n        name\n        welcomeMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptNetworkInvitation($token: String!) {\n    acceptNetworkInvitation(token: $token) {\n      id\n      status\n      role\n      network {\n        id\n        slug\n        name\n        welcomeMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkReport($slug: String!, $months: Int!) {\n    network(slug: $slug) {\n      id\n      name\n      report(months: $months) {\n        csv\n        months {\n          month\n          activeMembers\n          activeOrganisations\n          threads\n          replies\n          documentsAdded\n          documentsDownloaded\n          eventsHeld\n          going\n          attended\n          opportunities\n          consortiaFormed\n          consortiaSubmitted\n          consortiaWon\n          consortiaLost\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkReport($slug: String!, $months: Int!) {\n    network(slug: $slug) {\n      id\n      name\n      report(months: $months) {\n        csv\n        months {\n          month\n          activeMembers\n          activeOrganisations\n          threads\n          replies\n          documentsAdded\n          documentsDownloaded\n          eventsHeld\n          going\n          attended\n          opportunities\n          consortiaFormed\n          consortiaSubmitted\n          consortiaWon\n          consortiaLost\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNetworks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n    }\n  }\n"): (typeof documents)["\n  query AdminNetworks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformPeople($search: String, $first: Int, $after: String) {\n    platformPeople(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        isPlatformAdmin\n        createdAt\n        networkCount\n        twoFactorEnabled\n      }\n    }\n    suspendedUserIds\n  }\n"): (typeof documents)["\n  query PlatformPeople($search: String, $first: Int, $after: String) {\n    platformPeople(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        isPlatformAdmin\n        createdAt\n        networkCount\n        twoFactorEnabled\n      }\n    }\n    suspendedUserIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetUserTwoFactor($userId: ID!) {\n    resetUserTwoFactor(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($input: PlatformSuspensionInput!) {\n    suspendUser(input: $input)\n  }\n"): (typeof documents)["\n  mutation SuspendUser($input: PlatformSuspensionInput!) {\n    suspendUser(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftUserSuspension($input: PlatformSuspensionInput!) {\n    liftUserSuspension(input: $input)\n  }\n"): (typeof documents)["\n  mutation LiftUserSuspension($input: PlatformSuspensionInput!) {\n    liftUserSuspension(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      area\n      visibility\n      myMembership {\n        id\n        role\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      welcomeMessage\n      myMembership {\n        id\n        role\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      area\n      description\n      visibility\n      welcomeMessage\n      myMembership {\n        id\n        role\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NetworkEmail($slug: String!) {\n    network(slug: $slug) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n"): (typeof documents)["\n  query NetworkEmail($slug: String!) {\n    network(slug: $slug) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNetworkThreadsByEmail($networkId: ID!, $enabled: Boolean!) {\n    setNetworkThreadsByEmail(networkId: $networkId, enabled: $enabled) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n"): (typeof documents)["\n  mutation SetNetworkThreadsByEmail($networkId: ID!, $enabled: Boolean!) {\n    setNetworkThreadsByEmail(networkId: $networkId, enabled: $enabled) {\n      id\n      threadsByEmail\n      emailAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDeliveryStopped {\n    me {\n      id\n      email\n      emailDeliveryStopped {\n        reason\n        detail\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailDeliveryStopped {\n    me {\n      id\n      email\n      emailDeliveryStopped {\n        reason\n        detail\n        since\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"];
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
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    authorBlocked\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippet\n    authorBlocked\n    rank\n    at\n    threadId\n    path\n    network {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n"): (typeof documents)["\n  query Search(\n    $query: String!\n    $networkSlug: String\n    $kinds: [SearchKind!]\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $offset: Int\n  ) {\n    search(query: $query, networkSlug: $networkSlug, kinds: $kinds, from: $from, to: $to, first: $first, offset: $offset) {\n      ...SearchHitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  query SearchCounts($query: String!, $networkSlug: String, $from: DateTime, $to: DateTime) {\n    searchCounts(query: $query, networkSlug: $networkSlug, from: $from, to: $to) {\n      kind\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($kind: StatementKind!) {\n    statement(kind: $kind) {\n      kind\n      body\n      version\n      publishedAt\n    }\n    me {\n      id\n      isPlatformAdmin\n    }\n  }\n"): (typeof documents)["\n  query Statement($kind: StatementKind!) {\n    statement(kind: $kind) {\n      kind\n      body\n      version\n      publishedAt\n    }\n    me {\n      id\n      isPlatformAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStatement($input: UpdateStatementInput!) {\n    updateStatement(input: $input) {\n      kind\n      body\n      version\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStatement($input: UpdateStatementInput!) {\n    updateStatement(input: $input) {\n      kind\n      body\n      version\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsStatus {\n    me {\n      id\n      termsAcceptedVersion\n    }\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  query TermsStatus {\n    me {\n      id\n      termsAcceptedVersion\n    }\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentTermsVersion {\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  query CurrentTermsVersion {\n    statement(kind: TERMS) {\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTerms($version: Int!) {\n    acceptTerms(version: $version) {\n      id\n      termsAcceptedVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTerms($version: Int!) {\n    acceptTerms(version: $version) {\n      id\n      termsAcceptedVersion\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;