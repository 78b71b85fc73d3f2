import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  forbidden,
  groupByKeys,
  isUniqueViolation,
  notFound,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { OrganisationsService, SpaceEntity } from '@community-hub/api-networks';
import { Permission, SpaceAccessService, SpaceKind, SpacePermission } from '@community-hub/api-access';
import { consortiumAccessSql } from './access/consortium-space-access.policy';
import { FormConsortiumInput, InviteToConsortiumInput, SetConsortiumStatusInput, UpdateConsortiumAgreementInput } from './dto/consortium.input';
import { ConsortiumRole } from './entities/consortium-role';
import { ConsortiumEntity, ConsortiumStatus } from './entities/consortium.entity';
import { ConsortiumMemberEntity, ConsortiumMemberStatus } from './entities/consortium-member.entity';
import { ConsortiaNotices } from './consortia.notices';
import { OpportunitiesService } from './opportunities.service';

const CONSORTIA_BY_ID = Symbol('consortia-by-id');
const MEMBERS_BY_CONSORTIUM = Symbol('members-by-consortium');
const MY_CONSORTIA_BY_OPPORTUNITY = Symbol('my-consortia-by-opportunity');

/** Where the lead may move a consortium from each status. */
export const STATUS_TRANSITIONS: Record<ConsortiumStatus, ConsortiumStatus[]> = {
  [ConsortiumStatus.FORMING]: [ConsortiumStatus.SUBMITTED, ConsortiumStatus.WITHDRAWN],
  [ConsortiumStatus.SUBMITTED]: [ConsortiumStatus.WON, ConsortiumStatus.LOST, ConsortiumStatus.WITHDRAWN],
  [ConsortiumStatus.WON]: [],
  [ConsortiumStatus.LOST]: [],
  [ConsortiumStatus.WITHDRAWN]: [],
};

/** Members first by role (lead first), then in the order they were invited. */
const ROLE_ORDER: Record<ConsortiumRole, number> = { [ConsortiumRole.LEAD]: 0, [ConsortiumRole.PARTNER]: 1, [ConsortiumRole.SUBCONTRACTOR]: 2 };
const byRoleThenInvited = (a: ConsortiumMemberEntity, b: ConsortiumMemberEntity) =>
  ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.createdAt.getTime() - b.createdAt.getTime();

@Injectable()
export class ConsortiaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ConsortiumEntity) private readonly consortia: Repository<ConsortiumEntity>,
    @InjectRepository(ConsortiumMemberEntity) private readonly members: Repository<ConsortiumMemberEntity>,
    private readonly access: SpaceAccessService,
    private readonly organisations: OrganisationsService,
    private readonly opportunities: OpportunitiesService,
    private readonly notices: ConsortiaNotices,
  ) {}

  /** Checks that may refuse an invitation (moderation: a representative blocked the inviter); true refuses. */
  private readonly invitationChecks: ((inviterId: string, representativeIds: string[]) => Promise<boolean>)[] = [];

  registerInvitationCheck(refuses: (inviterId: string, representativeIds: string[]) => Promise<boolean>): void {
    this.invitationChecks.push(refuses);
  }

  // ---- forming ----------------------------------------------------------------

  async form(caller: Caller, input: FormConsortiumInput): Promise<ConsortiumEntity> {
    const opportunity = await this.opportunities.find(caller, input.opportunityId);
    await this.access.require(caller, SpacePermission.WRITE, opportunity.networkId);
    const name = input.name.trim();
    if (name.length < 2) throw badInput('The consortium needs a name', [{ field: 'name', message: 'must be at least 2 characters' }]);
    await this.opportunities.requireRepresented(caller, input.leadOrganisationId);
    this.opportunities.requireOpen(opportunity);
    const id = randomUUID();
    try {
      await this.db.transaction(async (tx) => {
        await tx.insert(SpaceEntity, { id, kind: SpaceKind.CONSORTIUM, networkId: opportunity.networkId });
        await tx.insert(ConsortiumEntity, {
          id,
          opportunityId: opportunity.id,
          networkId: opportunity.networkId,
          name,
          leadOrganisationId: input.leadOrganisationId,
          createdById: caller.userId,
        });
        await tx.insert(ConsortiumMemberEntity, {
          consortiumId: id,
          organisationId: input.leadOrganisationId,
          status: ConsortiumMemberStatus.ACCEPTED,
          role: ConsortiumRole.LEAD,
          invitedById: caller.userId,
          respondedAt: new Date(),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('This organisation already leads a consortium for this opportunity');
      throw error;
    }
    await this.organisations.listInNetwork(opportunity.networkId, input.leadOrganisationId);
    return this.consortia.findOneOrFail({ where: { id } });
  }

  async invite(caller: Caller, input: InviteToConsortiumInput): Promise<ConsortiumMemberEntity> {
    const consortium = await this.requireLead(caller, input.consortiumId);
    if (input.role === ConsortiumRole.LEAD) throw badInput('A consortium has one lead; invite as PARTNER or SUBCONTRACTOR', [{ field: 'role', message: 'not LEAD' }]);
    await this.organisations.findVisible(caller, input.organisationId);
    // Refused as an organisation they cannot see: the inviter is not told they were blocked.
    if (this.invitationChecks.length) {
      const people: { user_id: string }[] = await this.db.query('SELECT user_id FROM organisation_representatives WHERE organisation_id = $1', [input.organisationId]);
      const ids = people.map((p) => p.user_id);
      for (const refuses of this.invitationChecks) if (await refuses(caller.userId, ids)) throw notFound('Organisation');
    }
    if (consortium.status !== ConsortiumStatus.FORMING) throw conflict('Organisations can only be invited while the consortium is forming');
    const existing = await this.members.findOne({ where: { consortiumId: consortium.id, organisationId: input.organisationId } });
    if (existing && existing.status !== ConsortiumMemberStatus.DECLINED) {
      throw conflict(existing.status === ConsortiumMemberStatus.ACCEPTED ? 'This organisation is already a member' : 'This organisation has already been invited');
    }
    try {
      return await this.db.transaction(async (tx) => {
        const members = tx.getRepository(ConsortiumMemberEntity);
        let invited: ConsortiumMemberEntity;
        if (existing) {
          // Asked again after declining: a fresh invitation.
          const updated = await members.update(
            { id: existing.id, status: ConsortiumMemberStatus.DECLINED },
            { status: ConsortiumMemberStatus.INVITED, role: input.role, invitedById: caller.userId, respondedAt: null },
          );
          if (!updated.affected) throw conflict('This organisation has already been invited');
          invited = await members.findOneOrFail({ where: { id: existing.id } });
        } else {
          invited = await members.save(
            members.create({
              consortiumId: consortium.id,
              organisationId: input.organisationId,
              status: ConsortiumMemberStatus.INVITED,
              role: input.role,
              invitedById: caller.userId,
            }),
          );
        }
        await this.notices.member(tx, 'INVITED', invited.id);
        return invited;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('This organisation has already been invited');
      throw error;
    }
  }

  /** Representatives of the invited organisation accept or decline. */
  async respond(caller: Caller, memberId: string, accept: boolean): Promise<ConsortiumMemberEntity> {
    const member = await this.members.findOne({ where: { id: memberId } });
    if (!member || !(await this.organisations.represents(caller.userId, member.organisationId))) {
      if (member && (await this.access.can(caller, SpacePermission.READ, member.consortiumId))) {
        throw forbidden('Only representatives of the invited organisation can answer');
      }
      throw notFound('Invitation');
    }
    if (member.status !== ConsortiumMemberStatus.INVITED) throw conflict('This invitation has already been answered');
    const consortium = await this.consortia.findOneOrFail({ where: { id: member.consortiumId } });
    if (consortium.status !== ConsortiumStatus.FORMING) throw conflict('This consortium is no longer forming');
    await this.db.transaction(async (tx) => {
      // Conditional on the invitation still open and the consortium still forming (the
      // FOR SHARE waits for, then re-reads, a status change made at the same moment):
      // of two answers, or an answer and a submission, the loser is told.
      const updated = await tx
        .getRepository(ConsortiumMemberEntity)
        .createQueryBuilder()
        .update()
        .set({ status: accept ? ConsortiumMemberStatus.ACCEPTED : ConsortiumMemberStatus.DECLINED, respondedAt: new Date() })
        .where('id = :id AND status = :invited', { id: member.id, invited: ConsortiumMemberStatus.INVITED })
        .andWhere('EXISTS (SELECT 1 FROM consortia c WHERE c.id = :consortiumId AND c.status = :forming FOR SHARE)', {
          consortiumId: consortium.id,
          forming: ConsortiumStatus.FORMING,
        })
        .execute();
      if (!updated.affected) throw conflict('This invitation has already been answered, or the consortium is no longer forming');
      await this.notices.member(tx, 'RESPONDED', member.id);
    });
    if (accept) await this.organisations.listInNetwork(consortium.networkId, member.organisationId);
    return this.members.findOneOrFail({ where: { id: member.id } });
  }

  async setStatus(caller: Caller, input: SetConsortiumStatusInput): Promise<ConsortiumEntity> {
    const consortium = await this.requireLead(caller, input.consortiumId);
    if (!STATUS_TRANSITIONS[consortium.status].includes(input.status)) {
      throw conflict(`A ${consortium.status.toLowerCase()} consortium cannot become ${input.status.toLowerCase()}`);
    }
    const changes: Partial<ConsortiumEntity> = { status: input.status, statusChangedAt: new Date() };
    if (input.outcome !== undefined) changes.outcome = input.outcome.trim();
    if (input.feedback !== undefined) changes.feedback = input.feedback.trim();
    // Guarded by the status read, so two leads moving it at once cannot both win.
    const updated = await this.consortia.update({ id: consortium.id, status: consortium.status }, changes);
    if (!updated.affected) throw conflict('The status has just been changed by someone else; reload and try again');
    return this.consortia.findOneOrFail({ where: { id: consortium.id } });
  }

  // ---- agreement ----------------------------------------------------------------

  /** The lead drafts or changes the agreement; every member must then sign off again. */
  async updateAgreement(caller: Caller, input: UpdateConsortiumAgreementInput): Promise<ConsortiumEntity> {
    const consortium = await this.requireLead(caller, input.consortiumId);
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT id FROM consortia WHERE id = $1 FOR UPDATE', [consortium.id]);
      const current = await tx.find(ConsortiumMemberEntity, { where: { consortiumId: consortium.id } });
      const byId = new Map(current.map((m) => [m.id, m]));
      const seen = new Set<string>();
      for (const terms of input.members) {
        const member = byId.get(terms.memberId);
        if (!member || member.status === ConsortiumMemberStatus.DECLINED) {
          throw badInput('Terms can only be set for members of this consortium', [{ field: 'members.memberId', message: 'not a member' }]);
        }
        if (seen.has(member.id)) throw badInput('Each member once', [{ field: 'members.memberId', message: 'duplicate' }]);
        seen.add(member.id);
        if (terms.role && (terms.role === ConsortiumRole.LEAD) !== (member.role === ConsortiumRole.LEAD)) {
          throw badInput('The lead stays LEAD, and no other member can be LEAD', [{ field: 'members.role', message: 'invalid role' }]);
        }
        if (terms.role) member.role = terms.role;
        if (terms.responsibilities !== undefined) member.responsibilities = terms.responsibilities.trim();
        if (terms.sharePercent !== undefined) member.sharePercent = terms.sharePercent;
      }
      const total = current
        .filter((m) => m.status !== ConsortiumMemberStatus.DECLINED)
        .reduce((sum, m) => sum + (m.sharePercent ?? 0), 0);
      if (total > 100.0001) {
        throw badInput(`The shares add up to ${Math.round(total * 100) / 100}%, more than 100%`, [{ field: 'members.sharePercent', message: 'total over 100' }]);
      }
      for (const member of current.filter((m) => seen.has(m.id))) {
        await tx.update(ConsortiumMemberEntity, { id: member.id }, { role: member.role, responsibilities: member.responsibilities, sharePercent: member.sharePercent });
      }
      const changes: Partial<ConsortiumEntity> = { agreementUpdatedAt: new Date() };
      if (input.dataSharing !== undefined) changes.dataSharing = input.dataSharing.trim();
      if (input.exitTerms !== undefined) changes.exitTerms = input.exitTerms.trim();
      await tx.update(ConsortiumEntity, { id: consortium.id }, changes);
      await tx.query('UPDATE consortia SET agreement_version = agreement_version + 1 WHERE id = $1', [consortium.id]);
      return tx.findOneByOrFail(ConsortiumEntity, { id: consortium.id });
    });
  }

  /** A representative of an accepted member signs off the current agreement for that organisation. */
  async signAgreement(caller: Caller, consortiumId: string, organisationId: string): Promise<ConsortiumMemberEntity> {
    const consortium = await this.find(caller, consortiumId);
    const member = await this.members.findOne({ where: { consortiumId: consortium.id, organisationId } });
    if (!member || member.status !== ConsortiumMemberStatus.ACCEPTED) {
      throw badInput('That organisation is not an accepted member of this consortium', [{ field: 'organisationId', message: 'not a member' }]);
    }
    if (!(await this.organisations.represents(caller.userId, organisationId))) {
      throw forbidden('Only representatives of that organisation can sign off for it');
    }
    return this.db.transaction(async (tx) => {
      // Locks out a concurrent change of the agreement: what is signed is the version read here.
      const [{ agreement_version: version }]: { agreement_version: number }[] = await tx.query(
        'SELECT agreement_version FROM consortia WHERE id = $1 FOR UPDATE',
        [consortium.id],
      );
      if (version === 0) throw conflict('The lead has not drafted the agreement yet');
      if (member.signedVersion !== version) {
        await tx.update(ConsortiumMemberEntity, { id: member.id }, { signedVersion: version, signedAt: new Date(), signedById: caller.userId });
      }
      return tx.findOneByOrFail(ConsortiumMemberEntity, { id: member.id });
    });
  }

  // ---- reading ------------------------------------------------------------------

  /** A consortium the caller is in (through an accepted organisation), or NOT_FOUND. */
  async find(caller: Caller | null, id: string): Promise<ConsortiumEntity> {
    return this.requireFor(caller, id, Permission.CONSORTIUM_READ);
  }

  /** Whether the caller represents the lead (the rule is `Permission.CONSORTIUM_MANAGE`). */
  async canManage(context: Pick<RequestContext, 'loaders' | 'caller'>, id: string): Promise<boolean> {
    return this.access.allows(context, Permission.CONSORTIUM_MANAGE).load(id);
  }

  /** NOT_FOUND for outsiders; FORBIDDEN for members who do not represent the lead. */
  async requireLead(caller: Caller, id: string): Promise<ConsortiumEntity> {
    return this.requireFor(caller, id, Permission.CONSORTIUM_MANAGE);
  }

  /** Throws NOT_FOUND unless the caller may read the consortium's details and workspace. */
  async requireReadable(caller: Caller | null, id: string): Promise<void> {
    await this.access.requireOne(caller, Permission.CONSORTIUM_READ, id);
  }

  private async requireFor(caller: Caller | null, id: string, permission: Permission): Promise<ConsortiumEntity> {
    await this.access.requireOne(caller, permission, id);
    const consortium = await this.consortia.findOne({ where: { id } });
    if (!consortium) throw notFound('Consortium');
    return consortium;
  }

  /** Consortia the caller is in, newest first; optionally for one opportunity. */
  async listMine(caller: Caller, opportunityId?: string | null): Promise<ConsortiumEntity[]> {
    const query = this.consortia
      .createQueryBuilder('c')
      .innerJoin('spaces', 's', 's.id = c.id')
      .where(consortiumAccessSql(SpacePermission.READ, { s: 's', caller: ':caller' }), { caller: caller.userId })
      .orderBy('c.created_at', 'DESC');
    if (opportunityId) query.andWhere('c.opportunity_id = :opportunityId', { opportunityId });
    return query.getMany();
  }

  /** Open invitations to organisations the caller represents. */
  async myInvitations(caller: Caller): Promise<ConsortiumMemberEntity[]> {
    return this.members
      .createQueryBuilder('cm')
      .innerJoin('organisation_representatives', 'r', 'r.organisation_id = cm.organisation_id AND r.user_id = :caller', { caller: caller.userId })
      .innerJoin('consortia', 'c', "c.id = cm.consortium_id AND c.status = 'FORMING'")
      .where("cm.status = 'INVITED'")
      .orderBy('cm.created_at', 'DESC')
      .getMany();
  }

  // ---- loaders ------------------------------------------------------------------

  consortiaById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, ConsortiumEntity | null> {
    return requestLoader(context, CONSORTIA_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.consortia.find({ where: { id: In([...ids]) } }), (c) => c.id)),
    );
  }

  membersOf(context: Pick<RequestContext, 'loaders'>): DataLoader<string, ConsortiumMemberEntity[]> {
    return requestLoader(context, MEMBERS_BY_CONSORTIUM, () =>
      new DataLoader(async (ids: readonly string[]) =>
        groupByKeys(ids, await this.members.find({ where: { consortiumId: In([...ids]) } }), (m) => m.consortiumId).map((list) => list.sort(byRoleThenInvited)),
      ),
    );
  }

  /** Per opportunity, the consortia the caller is in (for the opportunity board). */
  myConsortiaByOpportunity(context: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, ConsortiumEntity[]> {
    return requestLoader(context, MY_CONSORTIA_BY_OPPORTUNITY, () =>
      new DataLoader(async (opportunityIds: readonly string[]) => {
        const caller = context.caller;
        if (!caller) return opportunityIds.map(() => []);
        const rows = await this.consortia
          .createQueryBuilder('c')
          .innerJoin('spaces', 's', 's.id = c.id')
          .where('c.opportunity_id IN (:...opportunityIds)', { opportunityIds: [...opportunityIds] })
          .andWhere(consortiumAccessSql(SpacePermission.READ, { s: 's', caller: ':caller' }), { caller: caller.userId })
          .orderBy('c.created_at', 'DESC')
          .getMany();
        return groupByKeys(opportunityIds, rows, (c) => c.opportunityId);
      }),
    );
  }
}
