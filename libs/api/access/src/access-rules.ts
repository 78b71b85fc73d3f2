import { SpacePermission } from './space-permission';

/**
 * The kinds of record access is asked about, each joined to the space it lives
 * in. Written against the tables (as Immich's access repository is), so the
 * access library needs none of the domains' code.
 */
export enum AccessRecord {
  THREAD = 'THREAD',
  POST = 'POST',
  FOLDER = 'FOLDER',
  DOCUMENT = 'DOCUMENT',
  EVENT = 'EVENT',
  CONSORTIUM = 'CONSORTIUM',
  LIBRARY_IMPORT = 'LIBRARY_IMPORT',
}

export interface RecordSource {
  /** What a caller who may not see the record is told was not found. */
  readonly noun: string;
  /** FROM clause; the record is aliased `r`. */
  readonly from: string;
  /** The record's space id. */
  readonly spaceId: string;
  /** The person the record belongs to (author, uploader, organiser), for owner rules. */
  readonly ownerId?: string;
  /** Rows that do not count as existing (a deleted document). */
  readonly where?: string;
  /**
   * More than READ on the space is needed to see the record: given SQL that is
   * true when the caller holds a permission on the space, and the caller's id
   * (uuid SQL), the extra condition.
   */
  readonly visibleSql?: (holds: (permission: SpacePermission) => string, caller: string) => string;
}

export const RECORD_SOURCES: Record<AccessRecord, RecordSource> = {
  [AccessRecord.THREAD]: {
    noun: 'Thread',
    from: 'threads r',
    spaceId: 'r.space_id',
    ownerId: 'r.author_id',
    // A newcomer's thread held for approval (hold_status set): its author and the space's coordinators only.
    visibleSql: (holds, caller) => `(r.hold_status IS NULL OR r.author_id = ${caller} OR ${holds(SpacePermission.MODERATE)})`,
  },
  [AccessRecord.POST]: {
    noun: 'Post',
    from: 'posts r JOIN threads rt ON rt.id = r.thread_id',
    spaceId: 'rt.space_id',
    ownerId: 'r.author_id',
    // A held post, or any post of a held thread: its author and the space's coordinators only.
    visibleSql: (holds, caller) =>
      `((r.hold_status IS NULL AND rt.hold_status IS NULL) OR r.author_id = ${caller} OR ${holds(SpacePermission.MODERATE)})`,
  },
  [AccessRecord.FOLDER]: { noun: 'Folder', from: 'folders r', spaceId: 'r.space_id', ownerId: 'r.created_by_id' },
  [AccessRecord.DOCUMENT]: {
    noun: 'Document',
    from: 'documents r',
    spaceId: 'r.space_id',
    ownerId: 'r.created_by_id',
    where: 'r.deleted_at IS NULL',
  },
  [AccessRecord.EVENT]: {
    noun: 'Event',
    from: 'events r',
    spaceId: 'r.space_id',
    ownerId: 'r.organiser_id',
    // A members-only event is hidden from people who may only read the network.
    visibleSql: (holds) => `(r.visibility = 'PUBLIC' OR ${holds(SpacePermission.WRITE)})`,
  },
  // A consortium is its own workspace: the space has the consortium's id.
  [AccessRecord.CONSORTIUM]: { noun: 'Consortium', from: 'consortia r', spaceId: 'r.id' },
  // A library import (its progress and skipped list) is the coordinators' business only.
  [AccessRecord.LIBRARY_IMPORT]: {
    noun: 'Library import',
    from: 'library_imports r',
    spaceId: 'r.space_id',
    visibleSql: (holds) => holds(SpacePermission.MODERATE),
  },
};

/**
 * What a service asks: "may this caller do X to these ids?". Each names the
 * kind of record and the rule, so a rule such as "author or moderator" is
 * written once, here.
 */
export enum Permission {
  THREAD_READ = 'THREAD_READ',
  THREAD_REPLY = 'THREAD_REPLY',
  THREAD_MODERATE = 'THREAD_MODERATE',
  POST_READ = 'POST_READ',
  POST_EDIT = 'POST_EDIT',
  POST_DELETE = 'POST_DELETE',
  POST_REVISIONS_READ = 'POST_REVISIONS_READ',
  /** Approve or reject a held post: the space's coordinators. */
  POST_MODERATE = 'POST_MODERATE',
  FOLDER_READ = 'FOLDER_READ',
  FOLDER_EDIT = 'FOLDER_EDIT',
  DOCUMENT_READ = 'DOCUMENT_READ',
  DOCUMENT_EDIT = 'DOCUMENT_EDIT',
  EVENT_READ = 'EVENT_READ',
  EVENT_MANAGE = 'EVENT_MANAGE',
  EVENT_ATTENDEES_READ = 'EVENT_ATTENDEES_READ',
  EVENT_RSVP = 'EVENT_RSVP',
  CONSORTIUM_READ = 'CONSORTIUM_READ',
  CONSORTIUM_MANAGE = 'CONSORTIUM_MANAGE',
  LIBRARY_IMPORT_READ = 'LIBRARY_IMPORT_READ',
}

export interface AccessRule {
  readonly record: AccessRecord;
  /** What anyone needs on the record's space; null: nobody but the owner. */
  readonly anyone: SpacePermission | null;
  /** What the record's owner needs instead (their own post, document, event). */
  readonly owner?: SpacePermission;
  /** The FORBIDDEN message, when one sentence fits every refusal. */
  readonly refusal?: string;
  /**
   * Adds the caller's own words or presence (a reply, an edit, an answer to an event):
   * also needs the account's standing (a verified email), like every space-level WRITE.
   */
  readonly contributes?: boolean;
}

/** Owner rule: the owner while still holding `owner` on the space, or anyone who moderates it. */
const ownerOrModerator = (record: AccessRecord, owner: SpacePermission, refusal?: string): AccessRule => ({
  record,
  anyone: SpacePermission.MODERATE,
  owner,
  refusal,
});

export const ACCESS_RULES: Record<Permission, AccessRule> = {
  [Permission.THREAD_READ]: { record: AccessRecord.THREAD, anyone: SpacePermission.READ },
  [Permission.THREAD_REPLY]: { record: AccessRecord.THREAD, anyone: SpacePermission.WRITE, contributes: true },
  [Permission.THREAD_MODERATE]: { record: AccessRecord.THREAD, anyone: SpacePermission.MODERATE },
  [Permission.POST_READ]: { record: AccessRecord.POST, anyone: SpacePermission.READ },
  // Only the author edits a post (a moderator removes it instead), while still a member.
  [Permission.POST_EDIT]: { record: AccessRecord.POST, anyone: null, owner: SpacePermission.WRITE, refusal: 'You can only edit your own posts', contributes: true },
  // Author or moderator: a moderator's removal is logged.
  [Permission.POST_DELETE]: ownerOrModerator(AccessRecord.POST, SpacePermission.WRITE),
  // The author sees their own post's earlier versions; moderators see everyone's.
  [Permission.POST_REVISIONS_READ]: ownerOrModerator(AccessRecord.POST, SpacePermission.READ),
  [Permission.POST_MODERATE]: { record: AccessRecord.POST, anyone: SpacePermission.MODERATE },
  [Permission.FOLDER_READ]: { record: AccessRecord.FOLDER, anyone: SpacePermission.READ },
  // Rename or delete: whoever made the folder, or a moderator.
  [Permission.FOLDER_EDIT]: ownerOrModerator(AccessRecord.FOLDER, SpacePermission.WRITE, 'Only whoever made this folder or a coordinator can change it'),
  [Permission.DOCUMENT_READ]: { record: AccessRecord.DOCUMENT, anyone: SpacePermission.READ },
  // Uploader or moderator.
  [Permission.DOCUMENT_EDIT]: ownerOrModerator(AccessRecord.DOCUMENT, SpacePermission.WRITE),
  [Permission.EVENT_READ]: { record: AccessRecord.EVENT, anyone: SpacePermission.READ },
  // Organiser or moderator.
  [Permission.EVENT_MANAGE]: ownerOrModerator(AccessRecord.EVENT, SpacePermission.WRITE, 'Only the organiser or a coordinator can change this event'),
  [Permission.EVENT_ATTENDEES_READ]: ownerOrModerator(
    AccessRecord.EVENT,
    SpacePermission.WRITE,
    'Only the organiser or a coordinator can see who is coming',
  ),
  // Anyone who may see the event may answer it (members-only events are seen by members only).
  [Permission.EVENT_RSVP]: { record: AccessRecord.EVENT, anyone: SpacePermission.READ, contributes: true },
  [Permission.CONSORTIUM_READ]: { record: AccessRecord.CONSORTIUM, anyone: SpacePermission.READ },
  // The lead organisation's representatives (the consortium policy's MODERATE).
  [Permission.CONSORTIUM_MANAGE]: {
    record: AccessRecord.CONSORTIUM,
    anyone: SpacePermission.MODERATE,
    refusal: 'Only representatives of the lead organisation can do this',
  },
  [Permission.LIBRARY_IMPORT_READ]: { record: AccessRecord.LIBRARY_IMPORT, anyone: SpacePermission.MODERATE },
};
