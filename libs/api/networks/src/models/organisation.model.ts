import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { OrganisationEntity, OrganisationKind } from '../entities/organisation.entity';

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType({ description: 'A voluntary, community or faith group, public body or business.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Charity Commission, OSCR or CCNI number.' })
  charityNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Companies House number.' })
  companyNumber: string | null;

  @Field(() => [String])
  areasServed: string[];

  @Field()
  createdAt: Date;

  static from(entity: OrganisationEntity): Organisation {
    return Object.assign(new Organisation(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      description: entity.description,
      website: entity.website,
      charityNumber: entity.charityNumber,
      companyNumber: entity.companyNumber,
      areasServed: entity.areasServed,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}
