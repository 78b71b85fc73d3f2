import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkEntity, NetworkVisibility } from '../entities/network.entity';

registerEnumType(NetworkVisibility, {
  name: 'NetworkVisibility',
  description:
    'PUBLIC: anyone can read and join. PRIVATE: members only; joining needs approval. HIDDEN: known only to its members; joined only by invitation.',
});

@ObjectType({ description: 'A local community network, e.g. the Macclesfield Community Network.' })
export class Network {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field({ description: 'The wider area the network belongs to, for grouping the directory.' })
  area: string;

  @Field({ description: 'Markdown shown to people who have just become members.' })
  welcomeMessage: string;

  @Field(() => NetworkVisibility)
  visibility: NetworkVisibility;

  @Field()
  createdAt: Date;

  static from(entity: NetworkEntity): Network {
    return Object.assign(new Network(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
      description: entity.description,
      area: entity.area,
      welcomeMessage: entity.welcomeMessage,
      visibility: entity.visibility,
      createdAt: entity.createdAt,
    });
  }
}
