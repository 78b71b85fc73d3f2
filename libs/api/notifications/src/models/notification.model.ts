import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { Connection, PageArgs } from '@community-hub/api-common';
import { EmailFrequency } from '../entities/notification-preference.entity';
import { NotificationEntity, NotificationKind } from '../entities/notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(EmailFrequency, { name: 'EmailFrequency', description: 'How often to email about a network: IMMEDIATELY, a DAILY or WEEKLY digest, OFF, or MAILING_LIST (every new post as its own email, threaded; other news as IMMEDIATELY).' });

@ObjectType({ description: 'Something that happened that the caller should know about.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field({ description: 'A short plain-text excerpt.' })
  body: string;

  @Field({ description: 'Where to go in the web client.' })
  path: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  networkId: string | null;
  actorId: string | null;

  static from(entity: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      body: entity.body,
      path: entity.path,
      createdAt: entity.createdAt,
      readAt: entity.readAt,
      networkId: entity.networkId,
      actorId: entity.actorId,
    });
  }
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ObjectType({ description: "The caller's email setting for one network." })
export class NotificationPreference {
  @Field(() => EmailFrequency)
  email: EmailFrequency;

  networkId: string;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean;
}
