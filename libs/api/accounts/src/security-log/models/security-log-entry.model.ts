import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, PageArgs } from '@community-hub/api-common';
import { describeDevice } from '../../sessions/device';
import { SecurityEventKind } from '../security-event-kind';
import type { SecurityLogEntity } from '../security-log.entity';

@ObjectType({ description: 'One event of an account’s security log.' })
export class SecurityLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => SecurityEventKind)
  kind: SecurityEventKind;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The client address it came from.' })
  address: string | null;

  @Field({ description: 'The device in words, from the user agent.' })
  device: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose account (null: unknown or since deleted).' })
  userId: string | null;

  static from(entity: SecurityLogEntity): SecurityLogEntry {
    return Object.assign(new SecurityLogEntry(), {
      id: entity.id,
      kind: entity.kind as SecurityEventKind,
      occurredAt: entity.occurredAt,
      address: entity.address,
      device: entity.userAgent ? describeDevice(entity.userAgent) : 'Unknown device',
      detail: entity.detail,
      userId: entity.userId,
    });
  }
}

@ObjectType()
export class SecurityLogEntryConnection extends Connection(SecurityLogEntry) {}

@ArgsType()
export class SecurityLogSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "A person's email or id." })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  person?: string | null;

  @Field(() => SecurityEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(SecurityEventKind)
  kind?: SecurityEventKind | null;

  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Up to this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
