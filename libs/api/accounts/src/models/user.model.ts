import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from '../entities/user.entity';

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Only filled in for the caller themselves (see the resolver); null otherwise. */
  @Field(() => String, { nullable: true, description: 'Visible only to the user themselves.' })
  email: string | null;

  /** When known from the row; otherwise the resolver loads it (see `AccountsResolver.emailVerified`). */
  emailVerified?: boolean;

  @Field({ description: 'Can create networks and act as admin everywhere.' })
  isPlatformAdmin: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'The person deleted their account: shown as "Former member", with nothing else about them.' })
  formerMember: boolean;

  /** Set when this object is handed to the person themselves (e.g. just signed in). */
  isSelf?: boolean;

  static from(entity: Pick<UserEntity, 'id' | 'name' | 'email' | 'isPlatformAdmin' | 'createdAt'> & { deletedAt?: Date | null; emailVerified?: boolean }): User {
    const former = Boolean(entity.deletedAt);
    return Object.assign(new User(), {
      id: entity.id,
      name: entity.name,
      email: former ? null : entity.email,
      isPlatformAdmin: former ? false : entity.isPlatformAdmin,
      emailVerified: entity.emailVerified,
      createdAt: entity.createdAt,
      formerMember: former,
    });
  }

  /** Only the id and name, for a field whose selection asks for nothing else (see `selectsOnly`). */
  static named(person: Pick<UserEntity, 'id' | 'name'>): User {
    return Object.assign(new User(), { id: person.id, name: person.name });
  }
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A bearer token: send it as "Authorization: Bearer <token>".' })
  token: string;

  @Field(() => User)
  user: User;
}
