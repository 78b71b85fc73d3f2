import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { OpportunityStatus } from '../dto/opportunity.input';
import { ConsortiumRole } from '../entities/consortium-role';
import type { InterestEntity } from '../entities/interest.entity';
import type { OpportunityEntity } from '../entities/opportunity.entity';

/** An opportunity closes "soon" when its submission deadline is this close. */
export const CLOSING_SOON_DAYS = 7;

@ObjectType({ description: 'A contract or grant round posted to a network, for organisations to bid on together.' })
export class Opportunity {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The funder or commissioner.' })
  funder: string;

  @Field()
  description: string;

  @Field(() => Float, { nullable: true, description: 'Total value in pounds.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Where it is published.' })
  url: string | null;

  @Field({ description: 'Submission deadline.' })
  deadline: Date;

  @Field(() => Date, { nullable: true })
  clarificationDeadline: Date | null;

  @Field(() => Date, { nullable: true })
  expressionOfInterestDeadline: Date | null;

  @Field(() => [String])
  lots: string[];

  @Field(() => [String])
  serviceTags: string[];

  @Field(() => [String])
  areas: string[];

  @Field(() => OpportunityStatus, { description: 'CLOSED once the submission deadline has passed.' })
  status: OpportunityStatus;

  @Field({ description: `Open, with the submission deadline less than ${CLOSING_SOON_DAYS} days away.` })
  closingSoon: boolean;

  @Field()
  createdAt: Date;

  networkId: string;
  createdById: string;

  static from(entity: OpportunityEntity, now = new Date()): Opportunity {
    const closed = entity.deadline.getTime() <= now.getTime();
    return Object.assign(new Opportunity(), {
      id: entity.id,
      title: entity.title,
      funder: entity.funder,
      description: entity.description,
      value: entity.value,
      url: entity.url,
      deadline: entity.deadline,
      clarificationDeadline: entity.clarificationDeadline,
      expressionOfInterestDeadline: entity.expressionOfInterestDeadline,
      lots: entity.lots,
      serviceTags: entity.serviceTags,
      areas: entity.areas,
      status: closed ? OpportunityStatus.CLOSED : OpportunityStatus.OPEN,
      closingSoon: !closed && entity.deadline.getTime() - now.getTime() < CLOSING_SOON_DAYS * 86_400_000,
      createdAt: entity.createdAt,
      networkId: entity.networkId,
      createdById: entity.createdById,
    });
  }
}

@ObjectType()
export class OpportunityConnection extends Connection(Opportunity) {}

@ObjectType({ description: '"We would partner on this": an organisation interested in an opportunity.' })
export class Interest {
  @Field(() => ID)
  id: string;

  @Field(() => ConsortiumRole, { description: 'The role sought.' })
  role: ConsortiumRole;

  @Field(() => [String])
  lots: string[];

  @Field()
  capabilities: string;

  @Field()
  capacity: string;

  @Field(() => [String], { description: 'Areas covered.' })
  areas: string[];

  @Field(() => [String], { description: 'Services offered.' })
  services: string[];

  @Field()
  note: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  opportunityId: string;
  organisationId: string;
  createdById: string;

  static from(entity: InterestEntity): Interest {
    return Object.assign(new Interest(), {
      id: entity.id,
      role: entity.role,
      lots: entity.lots,
      capabilities: entity.capabilities,
      capacity: entity.capacity,
      areas: entity.areas,
      services: entity.services,
      note: entity.note,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      opportunityId: entity.opportunityId,
      organisationId: entity.organisationId,
      createdById: entity.createdById,
    });
  }
}

@ObjectType()
export class InterestConnection extends Connection(Interest) {}
