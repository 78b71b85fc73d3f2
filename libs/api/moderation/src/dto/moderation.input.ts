import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { ReportAction, ReportKind, ReportReason, ReportStatus } from '../entities/report.entity';

export const NOTE_MAX = 2000;

@InputType()
export class ReportContentInput {
  @Field(() => ReportKind)
  @IsEnum(ReportKind)
  kind: ReportKind;

  @Field(() => ID, { description: 'The post, thread, document, event or person (user id).' })
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field({ defaultValue: '', description: 'What is wrong, in the reporter\'s words (seen by whoever handles it).' })
  @IsString()
  @MaxLength(NOTE_MAX, { message: `note must be at most ${NOTE_MAX} characters` })
  @MultiLineText()
  note: string;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be an id' })
  reportId: string;

  @Field(() => ReportAction)
  @IsEnum(ReportAction)
  action: ReportAction;

  @Field({ defaultValue: '', description: 'Why: kept in the audit log.' })
  @IsString()
  @MaxLength(NOTE_MAX, { message: `note must be at most ${NOTE_MAX} characters` })
  @MultiLineText()
  note: string;
}

@InputType()
export class PlatformSuspensionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an id' })
  userId: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(NOTE_MAX, { message: `note must be at most ${NOTE_MAX} characters` })
  @MultiLineText()
  note: string;
}

@InputType()
export class SetNewcomerPostHoldInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsBoolean()
  enabled: boolean;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportStatus, { defaultValue: ReportStatus.OPEN })
  @IsOptional()
  @IsEnum(ReportStatus)
  status: ReportStatus;
}
