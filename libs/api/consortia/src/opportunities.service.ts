import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
  paginate,
  type Page,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { OrganisationsService } from '@community-hub/api-networks';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { isValidWebsite } from '@community-hub/shared-validation';
import { CreateOpportunityInput, ExpressInterestInput, InterestsArgs, OpportunitiesArgs, OpportunityStatus } from './dto/opportunity.input';
import { InterestEntity } from './entities/interest.entity';
import { OpportunityEntity } from './entities/opportunity.entity';

const OPPORTUNITIES_BY_ID = Symbol('opportunities-by-id');

/** Trims, drops empties and duplicates (case-insensitively), keeps the first spelling. */
export function cleanList(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(OpportunityEntity) private readonly opportunities: Repository<OpportunityEntity>,
    @InjectRepository(InterestEntity) private readonly interests: Repository<InterestEntity>,
    private readonly access: SpaceAccessService,
    private readonly organisations: OrganisationsService,
  ) {}

  // ---- opportunities --------------------------------------------------------

  async create(caller: Caller, input: CreateOpportunityInput, now = new Date()): Promise<OpportunityEntity> {
    await this.access.requireTarget(caller, SpacePermission.WRITE, { networkId: input.networkId });
    const problems: FieldProblem[] = [];
    const title = input.title.trim();
    const funder = input.funder.trim();
    if (!title) problems.push({ field: 'title', message: 'must not be empty' });
    if (!funder) problems.push({ field: 'funder', message: 'must not be empty' });
    if (input.deadline.getTime() <= now.getTime()) problems.push({ field: 'deadline', message: 'must be in the future' });
    for (const field of ['clarificationDeadline', 'expressionOfInterestDeadline'] as const) {
      const value = input[field];
      if (value && value.getTime() > input.deadline.getTime()) problems.push({ field, message: 'must not be after the submission deadline' });
    }
    const url = input.url?.trim() || null;
    if (url && !isValidWebsite(url)) problems.push({ field: 'url', message: 'must be a full address starting with https://' });
    if (problems.length) throw badInput(`Please check: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    return this.opportunities.save(
      this.opportunities.create({
        networkId: input.networkId,
        title,
        funder,
        description: input.description.trim(),
        value: input.value ?? null,
        url,
        deadline: input.deadline,
        clarificationDeadline: input.clarificationDeadline ?? null,
        expressionOfInterestDeadline: input.expressionOfInterestDeadline ?? null,
        lots: cleanList(input.lots),
        serviceTags: cleanList(input.serviceTags).map((t) => t.toLowerCase()),
        areas: cleanList(input.areas),
        createdById: caller.userId,
      }),
    );
  }

  /** An opportunity in a network the caller may read, or NOT_FOUND. */
  async find(caller: Caller | null, id: string): Promise<OpportunityEntity> {
    const opportunity = await this.opportunities.findOne({ where: { id } });
    if (!opportunity) throw notFound('Opportunity');
    await this.access.require(caller, SpacePermission.READ, opportunity.networkId, { resource: 'Opportunity' });
    return opportunity;
  }

  /**
   * The board: open opportunities first, soonest deadline first; then closed
   * ones, most recently closed first. An opportunity closes when its
   * submission deadline passes, so "open" is decided at read time.
   */
  async list(caller: Caller | null, networkId: string, args: OpportunitiesArgs, now = new Date()): Promise<Page<OpportunityEntity>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    const query = this.opportunities.createQueryBuilder('o').where('o.network_id = :networkId', { networkId }).setParameter('now', now);
    if (args.status === OpportunityStatus.OPEN) query.andWhere('o.deadline > :now');
    if (args.status === OpportunityStatus.CLOSED) query.andWhere('o.deadline <= :now');
    const closed = (o: OpportunityEntity) => (o.deadline.getTime() <= now.getTime() ? 1 : 0);
    // Epoch milliseconds, negated for closed ones so one ascending order serves both groups.
    const sortKey = (o: OpportunityEntity) => (closed(o) ? -o.deadline.getTime() : o.deadline.getTime());
    return paginate(query, args, {
      columns: [
        'CASE WHEN o.deadline <= :now THEN 1 ELSE 0 END',
        'CASE WHEN o.deadline <= :now THEN -1 ELSE 1 END * floor(extract(epoch from o.deadline) * 1000)',
        'o.id',
      ],
      direction: 'ASC',
      cursorOf: (o) => [closed(o), sortKey(o), o.id],
    });
  }

  opportunitiesById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, OpportunityEntity | null> {
    return requestLoader(context, OPPORTUNITIES_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.opportunities.find({ where: { id: In([...ids]) } }), (o) => o.id),
      ),
    );
  }

  /** Throws CONFLICT once the submission deadline has passed. */
  requireOpen(opportunity: OpportunityEntity, now = new Date()): void {
    if (opportunity.deadline.getTime() <= now.getTime()) throw conflict('This opportunity has closed: its submission deadline has passed');
  }

  /** The organisation, if the caller may see it and acts for it: NOT_FOUND or FORBIDDEN otherwise. */
  async requireRepresented(caller: Caller, organisationId: string): Promise<void> {
    await this.organisations.findVisible(caller, organisationId);
    if (!(await this.organisations.represents(caller.userId, organisationId))) {
      throw forbidden('You can only act for an organisation you represent');
    }
  }

  // ---- interests ------------------------------------------------------------

  /** "We would partner on this". Expressing again for the same organisation updates its interest. */
  async expressInterest(caller: Caller, input: ExpressInterestInput): Promise<InterestEntity> {
    const opportunity = await this.find(caller, input.opportunityId);
    await this.access.require(caller, SpacePermission.WRITE, opportunity.networkId);
    await this.requireRepresented(caller, input.organisationId);
    this.requireOpen(opportunity);
    // Named as the opportunity names them, whatever the case they were typed in.
    const lots: string[] = [];
    for (const lot of cleanList(input.lots)) {
      const known = opportunity.lots.find((l) => l.toLowerCase() === lot.toLowerCase());
      if (!known) throw badInput(`"${lot.slice(0, 80)}" is not one of this opportunity's lots`, [{ field: 'lots', message: 'not a lot of this opportunity' }]);
      lots.push(known);
    }
    const fields = {
      role: input.role,
      lots,
      capabilities: input.capabilities.trim(),
      capacity: input.capacity.trim(),
      areas: cleanList(input.areas),
      services: cleanList(input.services).map((s) => s.toLowerCase()),
      note: input.note.trim(),
    };
    const id = await this.db.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO opportunity_interests (opportunity_id, organisation_id, role, lots, capabilities, capacity, areas, services, note, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ON CONSTRAINT opportunity_interests_opportunity_organisation_key DO UPDATE SET
           role = EXCLUDED.role, lots = EXCLUDED.lots, capabilities = EXCLUDED.capabilities, capacity = EXCLUDED.capacity,
           areas = EXCLUDED.areas, services = EXCLUDED.services, note = EXCLUDED.note, updated_at = now()
         RETURNING id`,
        [opportunity.id, input.organisationId, fields.role, fields.lots, fields.capabilities, fields.capacity, fields.areas, fields.services, fields.note, caller.userId],
      );
      return row.id;
    });
    // Partner matching: whoever is interested shows in the network's directory.
    await this.organisations.listInNetwork(opportunity.networkId, input.organisationId);
    return this.interests.findOneOrFail({ where: { id } });
  }

  async withdrawInterest(caller: Caller, interestId: string): Promise<string> {
    const interest = await this.interests.findOne({ where: { id: interestId } });
    if (!interest) throw notFound('Interest');
    await this.find(caller, interest.opportunityId).catch(() => {
      throw notFound('Interest');
    });
    if (!(await this.organisations.represents(caller.userId, interest.organisationId))) {
      throw forbidden('Only representatives of the interested organisation can withdraw its interest');
    }
    await this.interests.delete({ id: interest.id });
    return interest.id;
  }

  /** Who is interested, oldest first; filtered by role sought, area covered and service offered. */
  async listInterests(caller: Caller | null, opportunity: { id: string; networkId: string }, args: InterestsArgs): Promise<Page<InterestEntity>> {
    await this.access.require(caller, SpacePermission.READ, opportunity.networkId, { resource: 'Opportunity' });
    const query = this.interests.createQueryBuilder('i').where('i.opportunity_id = :id', { id: opportunity.id });
    if (args.role) query.andWhere('i.role = :role', { role: args.role });
    if (args.area?.trim()) {
      query.andWhere('EXISTS (SELECT 1 FROM unnest(i.areas) a WHERE lower(a) = lower(:area))', { area: args.area.trim() });
    }
    if (args.service?.trim()) query.andWhere(':service = ANY(i.services)', { service: args.service.trim().toLowerCase() });
    return paginate(query, args, { columns: ['i.created_at', 'i.id'], direction: 'ASC', cursorOf: (i) => [i.createdAt.toISOString(), i.id] });
  }
}
