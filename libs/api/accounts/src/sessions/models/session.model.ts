import { Field, ID, ObjectType } from '@nestjs/graphql';
import { describeDevice } from '../device';
import type { SessionEntity } from '../session.entity';

@ObjectType({ description: 'A device the caller is signed in on.' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'When it was last used (to within a couple of minutes).' })
  lastSeenAt: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent it signed in with.' })
  userAgent: string | null;

  @Field({ description: 'The device in words, from the user agent: "Firefox on Windows".' })
  device: string;

  @Field({ description: 'The session of this request.' })
  current: boolean;

  static from(entity: SessionEntity, currentSessionId: string | undefined): Session {
    return Object.assign(new Session(), {
      id: entity.id,
      createdAt: entity.createdAt,
      lastSeenAt: entity.lastSeenAt,
      userAgent: entity.userAgent,
      device: describeDevice(entity.userAgent),
      current: entity.id === currentSessionId,
    });
  }
}
