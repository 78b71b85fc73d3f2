import { registerEnumType } from '@nestjs/graphql';

/** The part an organisation plays (or seeks) in a bid. */
export enum ConsortiumRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  SUBCONTRACTOR = 'SUBCONTRACTOR',
}

registerEnumType(ConsortiumRole, {
  name: 'ConsortiumRole',
  description: 'LEAD holds the contract; PARTNER delivers part of it; SUBCONTRACTOR is paid by a partner for a piece of work.',
});
