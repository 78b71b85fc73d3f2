import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { ReportAction, ReportAudience, ReportEntity, ReportKind, ReportReason, ReportStatus } from '../entities/report.entity';

registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportAction, { name: 'ReportAction', description: 'DISMISS: nothing wrong. REMOVE_CONTENT: removed (kept for the record). SUSPEND_AUTHOR: the author is suspended.' });
registerEnumType(ReportAudience, { name: 'ReportAudience', description: "Who handles it: the network's coordinators, the consortium's lead, or platform admins." });

@ObjectType({ description: 'A report about a post, thread, document, event or profile.' })
export class Report {
  @Field(() => ID)
  id: string;

  @Field(() => ReportKind)
  kind: ReportKind;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field()
  note: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ReportAction, { nullable: true })
  action: ReportAction | null;

  @Field(() => ID, { description: 'The id of the thing reported.' })
  targetId: string;

  @Field(() => ReportAudience)
  audience: ReportAudience;

  @Field({ description: 'A short excerpt of the thing as it was when reported.' })
  excerpt: string;

  @Field({ description: 'The note of whoever resolved it (handlers only; empty for the reporter).' })
  resolutionNote: string;

  reporterId: string;
  subjectUserId: string | null;
  networkId: string | null;
  spaceId: string | null;

  static from(entity: ReportEntity, asHandler = true): Report {
    return Object.assign(new Report(), {
      id: entity.id,
      kind: entity.kind,
      reason: entity.reason,
      note: entity.note,
      status: entity.status,
      createdAt: entity.createdAt,
      resolvedAt: entity.resolvedAt,
      action: entity.action,
      targetId: entity.targetId,
      audience: entity.audience,
      excerpt: entity.excerpt,
      resolutionNote: asHandler ? entity.resolutionNote : '',
      reporterId: entity.reporterId,
      subjectUserId: entity.subjectUserId,
      networkId: entity.networkId,
      spaceId: entity.spaceId,
    });
  }
}

@ObjectType()
export class ReportConnection extends Connection(Report) {}

@ObjectType({ description: 'Everything reported about one thing, for the moderation queue.' })
export class ReportGroup {
  @Field(() => ReportKind)
  kind: ReportKind;

  @Field(() => ID)
  targetId: string;

  @Field()
  excerpt: string;

  @Field(() => Int)
  reportCount: number;

  @Field({ description: 'When it was last reported.' })
  lastReportedAt: Date;

  @Field(() => [Report], { description: 'Newest first.' })
  reports: Report[];
}

@ObjectType({ description: 'A moderation action, in the one audit log.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'E.g. REPORT_DISMISS, REPORT_REMOVE_CONTENT, REPORT_SUSPEND_AUTHOR, PIN, LOCK, REMOVE_POST, MEMBERSHIP_SUSPENDED, PLATFORM_SUSPENDED.' })
  action: string;

  @Field({ description: 'POST, THREAD, DOCUMENT, EVENT, USER, MEMBERSHIP.' })
  subjectKind: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field()
  note: string;

  @Field()
  createdAt: Date;

  actorId: string | null;

  static from(entity: AuditEntryEntity): AuditEntry {
    return Object.assign(new AuditEntry(), {
      id: entity.id,
      action: entity.action,
      subjectKind: entity.subjectKind,
      subjectId: entity.subjectId,
      note: entity.note,
      createdAt: entity.createdAt,
      actorId: entity.actorId,
    });
  }
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}
