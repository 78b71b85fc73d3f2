import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, type RequestContext, requestLoader } from '@community-hub/api-common';
import { NetworkEntity } from './entities/network.entity';
import { OrganisationEntity } from './entities/organisation.entity';

const ORGANISATIONS_OF = Symbol('organisations-represented');
const NETWORKS_IN_COMMON = Symbol('networks-in-common');

/** What a person's profile shows from the networks domain, batched per request (a page of authors costs one statement each). */
@Injectable()
export class ProfilesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The organisations each person represents (public, as the organisation directory is). */
  organisationsOf(ctx: Pick<RequestContext, 'loaders'>): DataLoader<string, OrganisationEntity[]> {
    return requestLoader(ctx, ORGANISATIONS_OF, () =>
      new DataLoader(async (userIds: readonly string[]) => {
        const links: { user_id: string; organisation_id: string }[] = await this.db.query(
          'SELECT user_id::text, organisation_id::text FROM organisation_representatives WHERE user_id = ANY($1::uuid[])',
          [[...userIds]],
        );
        const organisations = links.length
          ? await this.db.getRepository(OrganisationEntity).find({ where: { id: In([...new Set(links.map((l) => l.organisation_id))]) }, order: { name: 'ASC' } })
          : [];
        const byId = new Map(organisations.map((o) => [o.id, o]));
        return groupByKeys(userIds, links, (l) => l.user_id).map((group) =>
          group.map((l) => byId.get(l.organisation_id)).filter((o): o is OrganisationEntity => Boolean(o)).sort((a, b) => a.name.localeCompare(b.name)),
        );
      }),
    );
  }

  /** The networks the caller and each person are both active members of (none for an anonymous caller). */
  networksInCommon(ctx: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, NetworkEntity[]> {
    return requestLoader(ctx, NETWORKS_IN_COMMON, () =>
      new DataLoader(async (userIds: readonly string[]) => {
        if (!ctx.caller) return userIds.map(() => []);
        const links: { user_id: string; network_id: string }[] = await this.db.query(
          `SELECT theirs.user_id::text, theirs.network_id::text FROM memberships mine
             JOIN memberships theirs ON theirs.network_id = mine.network_id AND theirs.status = 'ACTIVE'
            WHERE mine.user_id = $1 AND mine.status = 'ACTIVE' AND theirs.user_id = ANY($2::uuid[])`,
          [ctx.caller.userId, [...userIds]],
        );
        const networks = links.length
          ? await this.db.getRepository(NetworkEntity).find({ where: { id: In([...new Set(links.map((l) => l.network_id))]) } })
          : [];
        const byId = new Map(networks.map((n) => [n.id, n]));
        return groupByKeys(userIds, links, (l) => l.user_id).map((group) =>
          group.map((l) => byId.get(l.network_id)).filter((n): n is NetworkEntity => Boolean(n)).sort((a, b) => a.name.localeCompare(b.name)),
        );
      }),
    );
  }
}
