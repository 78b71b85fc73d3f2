import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../entities/membership.entity';

registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'PENDING: waiting for a coordinator. ACTIVE: a member. SUSPENDED: barred by a coordinator.',
});

@ObjectType({ description: "A person's place in a network." })
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field({ description: 'When they joined or asked to join.' })
  createdAt: Date;

  networkId: string;
  userId: string;
  organisationId: string | null;

  static from(entity: MembershipEntity): Membership {
    return Object.assign(new Membership(), {
      id: entity.id,
      role: entity.role,
      status: entity.status,
      createdAt: entity.createdAt,
      networkId: entity.networkId,
      userId: entity.userId,
      organisationId: entity.organisationId,
    });
  }
}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}
