import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { Brackets, DataSource, In, Repository, SelectQueryBuilder } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  type FieldProblem,
  forbidden,
  groupByKeys,
  isId,
  notFound,
  paginate,
  type Page,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import {
  isValidCharityNumber,
  isValidCompanyNumber,
  isValidWebsite,
  normaliseRegistrationNumber,
} from '@community-hub/shared-validation';
import { callerIdOrNone, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { networkPermissionSql } from './network-space-access.policy';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.input';
import { NetworkOrganisationEntity } from './entities/network-organisation.entity';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';

const ORGANISATIONS_BY_ID = Symbol('organisations-by-id');
const REPRESENTATIVES_BY_ORGANISATION = Symbol('representatives-by-organisation');

type OrganisationFields = Partial<
  Pick<CreateOrganisationInput, 'name' | 'kind' | 'description' | 'website' | 'charityNumber' | 'companyNumber' | 'areasServed'>
>;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(OrganisationRepresentativeEntity)
    private readonly representatives: Repository<OrganisationRepresentativeEntity>,
    private readonly access: SpaceAccessService,
  ) {}

  async create(caller: Caller, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const fields = this.cleanFields(input);
    if (input.networkId) await this.access.require(caller, SpacePermission.WRITE, input.networkId);
    return this.db.transaction(async (tx) => {
      const organisation = await tx.save(
        tx.create(OrganisationEntity, { ...fields, description: fields.description ?? '', createdById: caller.userId }),
      );
      await tx.insert(OrganisationRepresentativeEntity, { organisationId: organisation.id, userId: caller.userId });
      if (input.networkId) {
        await tx.insert(NetworkOrganisationEntity, { networkId: input.networkId, organisationId: organisation.id });
      }
      return organisation;
    });
  }

  async update(caller: Caller, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    const organisation = await this.requireRepresentative(caller, input.id);
    const { id: _id, ...changes } = input;
    Object.assign(organisation, this.cleanFields(changes));
    return this.organisations.save(organisation);
  }

  async addRepresentative(caller: Caller, organisationId: string, userId: string): Promise<OrganisationEntity> {
    const organisation = await this.requireRepresentative(caller, organisationId);
    const users: unknown[] = await this.db.query('SELECT 1 FROM users WHERE id = $1 AND deleted_at IS NULL', [userId]);
    if (!users.length) throw notFound('User');
    await this.db.query(
      'INSERT INTO organisation_representatives (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [organisationId, userId],
    );
    return organisation;
  }

  async removeRepresentative(caller: Caller, organisationId: string, userId: string): Promise<OrganisationEntity> {
    const organisation = await this.requireRepresentative(caller, organisationId);
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
      const count = await tx.count(OrganisationRepresentativeEntity, { where: { organisationId } });
      const isRepresentative = await tx.exists(OrganisationRepresentativeEntity, { where: { organisationId, userId } });
      if (!isRepresentative) throw notFound('Representative');
      if (count <= 1) throw conflict('An organisation needs at least one representative');
      await tx.delete(OrganisationRepresentativeEntity, { organisationId, userId });
      // They no longer speak for it in any network.
      await tx.query('UPDATE memberships SET organisation_id = NULL WHERE organisation_id = $1 AND user_id = $2', [
        organisationId,
        userId,
      ]);
    });
    return organisation;
  }

  /** Whether the person acts for the organisation (platform admins included only if they do). */
  async represents(userId: string, organisationId: string): Promise<boolean> {
    return this.representatives.exists({ where: { organisationId, userId } });
  }

  /** Lists the organisation in a network's directory (idempotent), e.g. once it takes part in something there. */
  async listInNetwork(networkId: string, organisationId: string): Promise<void> {
    await this.db.query(
      'INSERT INTO network_organisations (network_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [networkId, organisationId],
    );
  }

  /** An organisation the caller may see, or NOT_FOUND. */
  async findVisible(caller: Caller | null, id: string): Promise<OrganisationEntity> {
    const organisation = await this.visibleQuery(caller).andWhere('o.id = :id', { id }).getOne();
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  async list(caller: Caller | null, args: OrganisationsArgs): Promise<Page<OrganisationEntity>> {
    const query = this.visibleQuery(caller);
    if (args.networkId) {
      await this.access.require(caller, SpacePermission.READ, args.networkId);
      query.andWhere('EXISTS (SELECT 1 FROM network_organisations x WHERE x.organisation_id = o.id AND x.network_id = :networkId)', {
        networkId: args.networkId,
      });
    }
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    const words = (args.query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    words.forEach((word, i) => {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((w) =>
          w.where(`o.name ILIKE :word${i}`, { [`word${i}`]: pattern }).orWhere(`o.description ILIKE :word${i}`),
        ),
      );
    });
    return paginate(query, args, {
      columns: ['lower(o.name)', 'o.id'],
      direction: 'ASC',
      cursorOf: (o) => [o.name.toLowerCase(), o.id],
    });
  }

  /** The organisations a person represents (for "act for" pickers). */
  /** What the person represents (their own list: no access question); with a network, only its directory's (a picker for that network). */
  async listRepresentedBy(userId: string, networkId: string | null = null): Promise<OrganisationEntity[]> {
    if (networkId !== null && !isId(networkId)) throw badInput('networkId must be an id', [{ field: 'networkId', message: 'must be an id' }]);
    const query = this.organisations
      .createQueryBuilder('o')
      .innerJoin('organisation_representatives', 'r', 'r.organisation_id = o.id AND r.user_id = :userId', { userId });
    if (networkId) query.innerJoin('network_organisations', 'x', 'x.organisation_id = o.id AND x.network_id = :networkId', { networkId });
    return query.orderBy('lower(o.name)', 'ASC').getMany();
  }

  organisationsById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, OrganisationEntity | null> {
    return requestLoader(context, ORGANISATIONS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.organisations.find({ where: { id: In([...ids]) } }), (o) => o.id),
      ),
    );
  }

  representativeIds(context: Pick<RequestContext, 'loaders'>): DataLoader<string, string[]> {
    return requestLoader(context, REPRESENTATIVES_BY_ORGANISATION, () =>
      new DataLoader(async (organisationIds: readonly string[]) => {
        const rows = await this.representatives.find({
          where: { organisationId: In([...organisationIds]) },
          order: { createdAt: 'ASC' },
        });
        return groupByKeys(organisationIds, rows, (r) => r.organisationId).map((list) => list.map((r) => r.userId));
      }),
    );
  }

  async ensureListed(input: { networkId: string; name: string } & OrganisationFields, createdById: string | null) {
    let organisation = await this.organisations
      .createQueryBuilder('o')
      .innerJoin('network_organisations', 'x', 'x.organisation_id = o.id AND x.network_id = :networkId', {
        networkId: input.networkId,
      })
      .where('o.name = :name', { name: input.name })
      .getOne();
    if (!organisation) {
      organisation = await this.db.transaction(async (tx) => {
        const created = await tx.save(
          tx.create(OrganisationEntity, { ...this.cleanFields(input), description: input.description ?? '', createdById }),
        );
        await tx.insert(NetworkOrganisationEntity, { networkId: input.networkId, organisationId: created.id });
        if (createdById) await tx.insert(OrganisationRepresentativeEntity, { organisationId: created.id, userId: createdById });
        return created;
      });
    }
    return organisation;
  }

  /**
   * Organisations are visible to their representatives, platform admins, and
   * anyone who may read a network whose directory lists them.
   */
  private visibleQuery(caller: Caller | null): SelectQueryBuilder<OrganisationEntity> {
    return this.organisations
      .createQueryBuilder('o')
      .setParameter('caller', callerIdOrNone(caller))
      .where(
        `(EXISTS (SELECT 1 FROM organisation_representatives r WHERE r.organisation_id = o.id AND r.user_id = :caller)
          OR EXISTS (SELECT 1 FROM users u WHERE u.id = :caller AND u.is_platform_admin)
          OR EXISTS (SELECT 1 FROM network_organisations x JOIN networks n ON n.id = x.network_id
                     LEFT JOIN memberships m ON m.network_id = n.id AND m.user_id = :caller AND m.status = 'ACTIVE'
                     LEFT JOIN users u ON u.id = :caller
                     WHERE x.organisation_id = o.id AND ${networkPermissionSql(SpacePermission.READ)}))`,
      );
  }

  private async requireRepresentative(caller: Caller, organisationId: string): Promise<OrganisationEntity> {
    const organisation = await this.findVisible(caller, organisationId);
    const isRepresentative = await this.representatives.exists({ where: { organisationId, userId: caller.userId } });
    if (!isRepresentative) {
      const admin: unknown[] = await this.db.query('SELECT 1 FROM users WHERE id = $1 AND is_platform_admin', [caller.userId]);
      if (!admin.length) throw forbidden('Only people who represent this organisation can do that');
    }
    return organisation;
  }

  private cleanFields(input: OrganisationFields): OrganisationFields {
    const problems: FieldProblem[] = [];
    const out: OrganisationFields = { ...input };
    if (input.name !== undefined) {
      out.name = input.name.trim();
      if (out.name.length < 2) problems.push({ field: 'name', message: 'must be at least 2 characters' });
    }
    if (input.description !== undefined) out.description = input.description.trim();
    if (input.website !== undefined) {
      out.website = input.website?.trim() || null;
      if (out.website && !isValidWebsite(out.website)) {
        problems.push({ field: 'website', message: 'must be a full address starting with https://' });
      }
    }
    if (input.charityNumber !== undefined) {
      out.charityNumber = input.charityNumber ? normaliseRegistrationNumber(input.charityNumber) : null;
      if (out.charityNumber && !isValidCharityNumber(out.charityNumber)) {
        problems.push({ field: 'charityNumber', message: 'is not a registered charity number format' });
      }
    }
    if (input.companyNumber !== undefined) {
      out.companyNumber = input.companyNumber ? normaliseRegistrationNumber(input.companyNumber) : null;
      if (out.companyNumber && !isValidCompanyNumber(out.companyNumber)) {
        problems.push({ field: 'companyNumber', message: 'is not a Companies House number format' });
      }
    }
    if (input.areasServed !== undefined) {
      out.areasServed = [...new Set(input.areasServed.map((a) => a.trim()).filter(Boolean))];
    }
    if (problems.length) {
      throw badInput(`Please check: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    }
    return out;
  }
}
