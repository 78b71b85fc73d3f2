import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { NetworkInvitationEntity, NetworkInvitationState } from '../entities/network-invitation.entity';

export enum NetworkInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  /** Still pending, but past its 14 days: the link no longer works; resend it. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(NetworkInvitationStatus, { name: 'NetworkInvitationStatus' });

export function invitationStatus(entity: Pick<NetworkInvitationEntity, 'status' | 'expiresAt'>, now = new Date()): NetworkInvitationStatus {
  if (entity.status === NetworkInvitationState.PENDING && entity.expiresAt <= now) return NetworkInvitationStatus.EXPIRED;
  return entity.status as unknown as NetworkInvitationStatus;
}

@ObjectType({ description: 'An email invitation to join a network (coordinators see them).' })
export class NetworkInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field({ description: 'From an imported list; may be empty.' })
  name: string;

  @Field({ description: 'From an imported list; may be empty.' })
  organisation: string;

  @Field(() => NetworkInvitationStatus)
  status: NetworkInvitationStatus;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the latest email went out; null while it waits in the queue.' })
  sentAt: Date | null;

  static from(entity: NetworkInvitationEntity): NetworkInvitation {
    return Object.assign(new NetworkInvitation(), {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      organisation: entity.organisation,
      status: invitationStatus(entity),
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      sentAt: entity.sentAt,
    });
  }
}

@ObjectType()
export class NetworkInvitationConnection extends Connection(NetworkInvitation) {}

export enum InvitationPreviewOutcome {
  /** A new invitation will be sent. */
  INVITE = 'INVITE',
  /** An expired invitation will be sent again with a new link. */
  REINVITE = 'REINVITE',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ALREADY_INVITED = 'ALREADY_INVITED',
  /** The same address earlier in the list. */
  DUPLICATE = 'DUPLICATE',
  INVALID = 'INVALID',
}
registerEnumType(InvitationPreviewOutcome, { name: 'InvitationPreviewOutcome' });

@ObjectType({ description: 'What inviting one row would do.' })
export class InvitationPreviewRow {
  @Field(() => Int, { description: '1-based position in the list sent.' })
  line: number;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  organisation: string;

  @Field(() => InvitationPreviewOutcome)
  outcome: InvitationPreviewOutcome;

  @Field(() => String, { nullable: true, description: 'Why a row is INVALID.' })
  problem: string | null;
}

@ObjectType({ description: 'A dry run of inviteToNetwork: nothing is written or sent.' })
export class InvitationPreview {
  @Field(() => [InvitationPreviewRow])
  rows: InvitationPreviewRow[];

  @Field(() => Int, { description: 'Emails that would be sent (INVITE and REINVITE).' })
  toSend: number;
}

@ObjectType({ description: 'What the holder of an invitation link may see before accepting it.' })
export class InvitationLinkInfo {
  @Field()
  networkName: string;

  @Field()
  networkSlug: string;

  @Field({ description: 'The address it was sent to (to prefill sign-up).' })
  email: string;

  @Field(() => NetworkInvitationStatus)
  status: NetworkInvitationStatus;

  @Field()
  expiresAt: Date;
}
