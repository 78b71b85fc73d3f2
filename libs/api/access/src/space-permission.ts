import { registerEnumType } from '@nestjs/graphql';

/**
 * The small vocabulary every operation is decided in.
 * DISCOVER: know the space exists (its name in a directory).
 * READ: see what is in it.  WRITE: add to it.  MODERATE: coordinate it.
 * ADMINISTER: change who coordinates it and its settings.
 */
export enum SpacePermission {
  DISCOVER = 'DISCOVER',
  READ = 'READ',
  WRITE = 'WRITE',
  MODERATE = 'MODERATE',
  ADMINISTER = 'ADMINISTER',
}

registerEnumType(SpacePermission, { name: 'SpacePermission' });
