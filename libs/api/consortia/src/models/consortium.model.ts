import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsortiumRole } from '../entities/consortium-role';
import { type ConsortiumEntity, ConsortiumStatus } from '../entities/consortium.entity';
import { type ConsortiumMemberEntity, ConsortiumMemberStatus } from '../entities/consortium-member.entity';
import { type DeadlineReminderEntity, DeadlineKind } from '../entities/deadline-reminder.entity';

registerEnumType(ConsortiumStatus, {
  name: 'ConsortiumStatus',
  description: 'FORMING -> SUBMITTED -> WON | LOST; WITHDRAWN from FORMING or SUBMITTED. Moved by the lead.',
});
registerEnumType(ConsortiumMemberStatus, { name: 'ConsortiumMemberStatus' });
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });

@ObjectType({ description: 'Organisations bidding together for an opportunity, with a private workspace.' })
export class Consortium {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ConsortiumStatus)
  status: ConsortiumStatus;

  @Field({ description: 'What happened, recorded by the lead with the status.' })
  outcome: string;

  @Field({ description: "The funder's feedback." })
  feedback: string;

  @Field()
  statusChangedAt: Date;

  @Field()
  createdAt: Date;

  opportunityId: string;
  networkId: string;
  leadOrganisationId: string;
  agreementVersion: number;
  dataSharing: string;
  exitTerms: string;
  agreementUpdatedAt: Date | null;
  /** Set when it was reached through an access-checked path, so its fields need no second check. */
  readable?: boolean;

  static from(entity: ConsortiumEntity, readable = false): Consortium {
    return Object.assign(new Consortium(), {
      id: entity.id,
      name: entity.name,
      status: entity.status,
      outcome: entity.outcome,
      feedback: entity.feedback,
      statusChangedAt: entity.statusChangedAt,
      createdAt: entity.createdAt,
      opportunityId: entity.opportunityId,
      networkId: entity.networkId,
      leadOrganisationId: entity.leadOrganisationId,
      agreementVersion: entity.agreementVersion,
      dataSharing: entity.dataSharing,
      exitTerms: entity.exitTerms,
      agreementUpdatedAt: entity.agreementUpdatedAt,
      readable,
    });
  }
}

@ObjectType({ description: 'An organisation in a consortium (the lead included) or invited to it.' })
export class ConsortiumMember {
  @Field(() => ID)
  id: string;

  @Field(() => ConsortiumMemberStatus)
  status: ConsortiumMemberStatus;

  @Field(() => ConsortiumRole)
  role: ConsortiumRole;

  @Field({ description: 'What it does in the bid (agreement).' })
  responsibilities: string;

  @Field(() => Float, { nullable: true, description: 'Its share of costs or income, in % (agreement).' })
  sharePercent: number | null;

  @Field({ description: 'When it was invited (for the lead: when the consortium was formed).' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it signed off the current agreement; null if it has not.' })
  signedAt: Date | null;

  consortiumId: string;
  organisationId: string;
  invitedById: string | null;
  signedById: string | null;
  signedVersion: number | null;

  static from(entity: ConsortiumMemberEntity): ConsortiumMember {
    return Object.assign(new ConsortiumMember(), {
      id: entity.id,
      status: entity.status,
      role: entity.role,
      responsibilities: entity.responsibilities,
      sharePercent: entity.sharePercent,
      createdAt: entity.createdAt,
      respondedAt: entity.respondedAt,
      signedAt: entity.signedAt,
      consortiumId: entity.consortiumId,
      organisationId: entity.organisationId,
      invitedById: entity.invitedById,
      signedById: entity.signedById,
      signedVersion: entity.signedVersion,
    });
  }
}

@ObjectType({ description: "The partners' agreement: roles and shares (on each member), data sharing and exit terms." })
export class ConsortiumAgreement {
  @Field(() => Int, { description: 'Goes up with every change; sign-offs of earlier versions no longer count. 0: not drafted yet.' })
  version: number;

  @Field()
  dataSharing: string;

  @Field()
  exitTerms: string;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => Float, { description: 'Sum of the accepted members\' shares, in %.' })
  totalSharePercent: number;

  @Field(() => [ConsortiumMember], { description: 'Accepted members who have not signed off this version.' })
  unsignedMembers: ConsortiumMember[];

  @Field({ description: 'Drafted, and signed off by every accepted member.' })
  complete: boolean;
}

@ObjectType({ description: 'A deadline coming up for an organisation (recorded until notifications deliver it).' })
export class DeadlineReminder {
  @Field(() => ID)
  id: string;

  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field()
  deadlineAt: Date;

  @Field(() => Int)
  daysBefore: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  opportunityId: string;
  organisationId: string;
  consortiumId: string | null;

  static from(entity: DeadlineReminderEntity): DeadlineReminder {
    return Object.assign(new DeadlineReminder(), entity);
  }
}
