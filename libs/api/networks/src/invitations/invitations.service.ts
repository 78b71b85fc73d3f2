import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { isEmail } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import {
  badInput,
  type Caller,
  conflict,
  DomainError,
  ErrorCode,
  forbidden,
  isId,
  notFound,
  paginate,
  type Page,
} from '@community-hub/api-common';
import { AccountRecoveryService } from '@community-hub/api-accounts';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '@community-hub/api-config';
import { JobQueue } from '@community-hub/api-jobs';
import { MailService } from '@community-hub/api-mail';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../entities/membership.entity';
import { NetworkInvitationEntity, NetworkInvitationState } from '../entities/network-invitation.entity';
import { NetworksNotices } from '../networks.notices';
import { NetworksService } from '../networks.service';
import { renderInvitationEmail } from './invitation-email';
import {
  InvitationLinkInfo,
  InvitationPreview,
  InvitationPreviewOutcome,
  InvitationPreviewRow,
  invitationStatus,
  NetworkInvitationStatus,
} from './invitation.model';
import { InvitationsArgs, InviteToNetworkInput } from './invite.input';

/** Job: write and send one invitation email (its data names the invitation and which sending it is). */
export const INVITATION_EMAIL_JOB = 'network-invitation-email';
export const INVITATION_TTL_DAYS = 14;
const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 3600 * 1000;

/** Codes a client branches on, in `extensions.reason`. */
export enum InvitationErrorReason {
  INVITATION_USED = 'INVITATION_USED',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
}

interface InvitationEmailJob {
  invitationId: string;
  sendCount: number;
}

interface Row {
  line: number;
  email: string;
  name: string;
  organisation: string;
  problem: string | null;
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** A hash no link carries: stands in until the job writes the email (and its real token). */
const placeholderHash = () => hashOf(`unsent:${randomBytes(32).toString('base64url')}`);
const normaliseEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/**
 * Email invitations to a network. Coordinators invite (one address or a whole
 * imported list, after a dry run), resend and revoke; the person who follows the
 * link and signs in (or up) becomes an ACTIVE member, whatever the network's
 * visibility. Never makes an account.
 *
 * The link's token exists only in the email: the sending job makes a fresh random
 * token, stores its sha256 (conditional on the invitation still being pending at
 * that send count) and then sends. A resend bumps the count, so older links stop
 * working; a retry after a failed send makes a new token again.
 */
@Injectable()
export class InvitationsService implements OnModuleInit {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NetworkInvitationEntity) private readonly invitations: Repository<NetworkInvitationEntity>,
    private readonly access: SpaceAccessService,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly networks: NetworksService,
    private readonly recovery: AccountRecoveryService,
    private readonly notices: NetworksNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<InvitationEmailJob>(INVITATION_EMAIL_JOB, (job) => this.sendEmail(job.data), {
      retryLimit: 5,
      retryDelaySeconds: 60,
      retryBackoff: true,
    });
  }

  // ---- inviting ------------------------------------------------------------

  /** The dry run: what `invite` would do with these rows, row by row. Writes nothing. */
  async preview(caller: Caller, input: InviteToNetworkInput): Promise<InvitationPreview> {
    await this.access.require(caller, SpacePermission.MODERATE, input.networkId);
    const rows = this.rowsOf(input);
    const outcomes = await this.classify(input.networkId, rows);
    const preview = new InvitationPreview();
    preview.rows = rows.map((row, i) => Object.assign(new InvitationPreviewRow(), { ...row, outcome: outcomes[i] }));
    preview.toSend = outcomes.filter((o) => o === InvitationPreviewOutcome.INVITE || o === InvitationPreviewOutcome.REINVITE).length;
    return preview;
  }

  /**
   * Invites every address that is not a member or invited already; an expired
   * invitation is renewed and sent again. An invalid address refuses the whole
   * call (nothing written): run the preview first. Returns the invitations sent.
   * Emails go out from a job, spaced to INVITATION_EMAILS_PER_MINUTE.
   */
  async invite(caller: Caller, input: InviteToNetworkInput): Promise<NetworkInvitationEntity[]> {
    await this.access.require(caller, SpacePermission.MODERATE, input.networkId);
    const rows = this.rowsOf(input);
    if (!rows.length) throw badInput('Give at least one email address', [{ field: 'emails', message: 'empty' }]);
    const invalid = rows.filter((r) => r.problem);
    if (invalid.length) {
      throw badInput(
        `${invalid.length === 1 ? 'One address is' : `${invalid.length} addresses are`} not valid: ${invalid.slice(0, 5).map((r) => r.email || `line ${r.line}`).join(', ')}`,
        invalid.map((r) => ({ field: `emails.${r.line - 1}`, message: r.problem! })),
      );
    }
    const message = (input.message ?? '').trim();
    const spacingMs = Math.ceil(60_000 / this.config.invitations.emailsPerMinute);
    const started = Date.now();
    return this.db.transaction(async (tx) => {
      // Serialises invitations to one network, so two coordinators importing the same list do not both send.
      await tx.query('SELECT id FROM networks WHERE id = $1 FOR SHARE', [input.networkId]);
      const outcomes = await this.classify(input.networkId, rows, tx);
      const sent: NetworkInvitationEntity[] = [];
      const expiresAt = new Date(started + INVITATION_TTL_MS);
      for (const [i, row] of rows.entries()) {
        const outcome = outcomes[i];
        let saved: NetworkInvitationEntity | null = null;
        if (outcome === InvitationPreviewOutcome.INVITE) {
          saved = await tx.save(
            tx.create(NetworkInvitationEntity, {
              networkId: input.networkId,
              email: row.email,
              name: row.name,
              organisation: row.organisation,
              message,
              tokenHash: placeholderHash(),
              expiresAt,
              invitedById: caller.userId,
            }),
          );
        } else if (outcome === InvitationPreviewOutcome.REINVITE) {
          const renewed = await tx.query(
            `UPDATE network_invitations SET send_count = send_count + 1, expires_at = $3, token_hash = $4, message = $5,
                    invited_by_id = $6, sent_at = NULL, updated_at = now()
              WHERE network_id = $1 AND email = $2 AND status = 'PENDING' RETURNING id`,
            [input.networkId, row.email, expiresAt, placeholderHash(), message, caller.userId],
          );
          saved = await tx.findOneByOrFail(NetworkInvitationEntity, { id: (renewed[0] as { id: string }[])[0].id });
        }
        if (!saved) continue;
        await this.jobs.sendWithin(tx, INVITATION_EMAIL_JOB, { invitationId: saved.id, sendCount: saved.sendCount } satisfies InvitationEmailJob, {
          startAfter: new Date(started + sent.length * spacingMs),
        });
        sent.push(saved);
      }
      return sent;
    });
  }

  async list(caller: Caller | null, networkId: string, args: InvitationsArgs): Promise<Page<NetworkInvitationEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    const query = this.invitations.createQueryBuilder('i').where('i.network_id = :networkId', { networkId });
    switch (args.status) {
      case NetworkInvitationStatus.PENDING:
        query.andWhere("i.status = 'PENDING' AND i.expires_at > now()");
        break;
      case NetworkInvitationStatus.EXPIRED:
        query.andWhere("i.status = 'PENDING' AND i.expires_at <= now()");
        break;
      case NetworkInvitationStatus.ACCEPTED:
      case NetworkInvitationStatus.REVOKED:
        query.andWhere('i.status = :status', { status: args.status });
        break;
    }
    return paginate(query, args, {
      columns: ['i.created_at', 'i.id'],
      direction: 'DESC',
      cursorOf: (i) => [i.createdAt.toISOString(), i.id],
    });
  }

  /** A new email with a new link and 14 more days; the previous link stops working. Pending or expired invitations only. */
  async resend(caller: Caller, invitationId: string): Promise<NetworkInvitationEntity> {
    const invitation = await this.requireManageable(caller, invitationId);
    if (invitation.status !== NetworkInvitationState.PENDING) throw conflict('Only a pending or expired invitation can be sent again');
    return this.db.transaction(async (tx) => {
      const updated: [unknown[], number] = await tx.query(
        `UPDATE network_invitations SET send_count = send_count + 1, expires_at = $2, token_hash = $3, sent_at = NULL, updated_at = now()
          WHERE id = $1 AND status = 'PENDING' AND send_count = $4`,
        [invitation.id, new Date(Date.now() + INVITATION_TTL_MS), placeholderHash(), invitation.sendCount],
      );
      if (!updated[1]) throw conflict('This invitation has just been changed by someone else; reload to see where it stands');
      const saved = await tx.findOneByOrFail(NetworkInvitationEntity, { id: invitation.id });
      await this.jobs.sendWithin(tx, INVITATION_EMAIL_JOB, { invitationId: saved.id, sendCount: saved.sendCount } satisfies InvitationEmailJob);
      return saved;
    });
  }

  /** The link stops working at once. Revoking twice is harmless; an accepted invitation stays accepted. */
  async revoke(caller: Caller, invitationId: string): Promise<NetworkInvitationEntity> {
    const invitation = await this.requireManageable(caller, invitationId);
    if (invitation.status === NetworkInvitationState.ACCEPTED) throw conflict('This invitation has been accepted already');
    await this.invitations.update({ id: invitation.id, status: NetworkInvitationState.PENDING }, { status: NetworkInvitationState.REVOKED });
    return this.invitations.findOneByOrFail({ id: invitation.id });
  }

  // ---- following the link -----------------------------------------------------

  /** What the accept page shows before the person signs in: null for a link that never existed. */
  async linkInfo(token: string): Promise<InvitationLinkInfo | null> {
    const [row]: { name: string; slug: string; email: string; status: NetworkInvitationState; expires_at: Date }[] = await this.db.query(
      `SELECT n.name, n.slug, i.email, i.status, i.expires_at FROM network_invitations i JOIN networks n ON n.id = i.network_id
        WHERE i.token_hash = $1`,
      [hashOf(token)],
    );
    if (!row) return null;
    return Object.assign(new InvitationLinkInfo(), {
      networkName: row.name,
      networkSlug: row.slug,
      email: row.email,
      status: invitationStatus({ status: row.status, expiresAt: row.expires_at }),
      expiresAt: row.expires_at,
    });
  }

  /**
   * The signed-in person becomes an ACTIVE member (a pending request is approved),
   * whatever the network's visibility. The token works once, for one person.
   */
  async accept(caller: Caller, token: string): Promise<MembershipEntity> {
    const { membership, previousStatus } = await this.db.transaction(async (tx) => {
      const [invitation]: NetworkInvitationEntity[] = await tx
        .getRepository(NetworkInvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashOf(token) })
        .getMany();
      if (!invitation) throw notFound('Invitation');
      switch (invitationStatus(invitation)) {
        case NetworkInvitationStatus.ACCEPTED:
          throw new DomainError(ErrorCode.CONFLICT, 'This invitation has been used already', { reason: InvitationErrorReason.INVITATION_USED });
        case NetworkInvitationStatus.REVOKED:
          throw new DomainError(ErrorCode.CONFLICT, 'This invitation has been withdrawn', { reason: InvitationErrorReason.INVITATION_REVOKED });
        case NetworkInvitationStatus.EXPIRED:
          throw new DomainError(ErrorCode.CONFLICT, 'This invitation has expired; ask a coordinator to send it again', {
            reason: InvitationErrorReason.INVITATION_EXPIRED,
          });
        default:
          break;
      }
      const members = tx.getRepository(MembershipEntity);
      const existing = await members
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.network_id = :networkId AND m.user_id = :userId', { networkId: invitation.networkId, userId: caller.userId })
        .getOne();
      if (existing?.status === MembershipStatus.SUSPENDED) {
        throw forbidden('Your membership of this network is suspended; please contact a coordinator');
      }
      let membership: MembershipEntity;
      if (!existing) {
        membership = await tx.save(
          tx.create(MembershipEntity, {
            networkId: invitation.networkId,
            userId: caller.userId,
            role: MembershipRole.MEMBER,
            status: MembershipStatus.ACTIVE,
          }),
        );
      } else if (existing.status === MembershipStatus.PENDING) {
        await members.update({ id: existing.id }, { status: MembershipStatus.ACTIVE });
        membership = await members.findOneByOrFail({ id: existing.id });
      } else {
        membership = existing;
      }
      await tx.update(
        NetworkInvitationEntity,
        { id: invitation.id },
        { status: NetworkInvitationState.ACCEPTED, acceptedById: caller.userId, acceptedAt: new Date() },
      );
      const previousStatus = existing ? existing.status : null;
      if (previousStatus !== MembershipStatus.ACTIVE) await this.notices.membershipUpdated(tx, membership, previousStatus);
      // The invitation went to this address and the link came back from it: if it is the account's, it is confirmed.
      await this.recovery.markEmailVerified(caller.userId, invitation.email, tx);
      return { membership, previousStatus };
    });
    if (previousStatus !== MembershipStatus.ACTIVE) await this.networks.announce(membership, previousStatus);
    return membership;
  }

  // ---- the email job ------------------------------------------------------------

  async sendEmail(data: InvitationEmailJob): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const [row]: { email: string; message: string; expires_at: Date; network_name: string; inviter_name: string | null }[] =
      await this.db.query(
        `UPDATE network_invitations i SET token_hash = $3, sent_at = now()
           FROM networks n
          WHERE i.id = $1 AND i.send_count = $2 AND i.status = 'PENDING' AND i.expires_at > now() AND n.id = i.network_id
        RETURNING i.email, i.message, i.expires_at, n.name AS network_name,
                  (SELECT u.name FROM users u WHERE u.id = i.invited_by_id) AS inviter_name`,
        [data.invitationId, data.sendCount, hashOf(token)],
      ).then((result: [never[], number]) => result[0]); // an UPDATE answers [rows, count]
    if (!row) {
      this.logger.log(`Invitation ${data.invitationId} (send ${data.sendCount}) is no longer pending at that send: no email`);
      return;
    }
    const link = `${publicBaseUrl(this.config)}/invitations/accept?token=${encodeURIComponent(token)}`;
    await this.mail.send(
      renderInvitationEmail({
        to: row.email,
        networkName: row.network_name,
        inviterName: row.inviter_name,
        message: row.message,
        link,
        expiresAt: row.expires_at,
      }),
    );
  }

  // ---- helpers --------------------------------------------------------------------

  private rowsOf(input: InviteToNetworkInput): Row[] {
    const given = [
      ...input.emails.map((email) => ({ email, name: '', organisation: '' })),
      ...(input.invitees ?? []).map((i) => ({ email: i.email, name: i.name ?? '', organisation: i.organisation ?? '' })),
    ];
    return given.map((g, i) => {
      const email = normaliseEmail(g.email);
      const problem = !email ? 'no email address' : email.length > 254 || !isEmail(email) ? 'not an email address' : null;
      return { line: i + 1, email, name: g.name.trim().slice(0, 120), organisation: g.organisation.trim().slice(0, 200), problem };
    });
  }

  /** One outcome per row, in two statements whatever the list's length. */
  private async classify(networkId: string, rows: Row[], tx: Pick<DataSource, 'query'> = this.db): Promise<InvitationPreviewOutcome[]> {
    const emails = [...new Set(rows.filter((r) => !r.problem).map((r) => r.email))];
    const members = new Set(
      (
        (await tx.query(
          `SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id AND m.network_id = $1 AND m.status IN ('ACTIVE', 'SUSPENDED')
            WHERE u.email = ANY($2::text[])`,
          [networkId, emails],
        )) as { email: string }[]
      ).map((r) => r.email),
    );
    const pending = new Map(
      (
        (await tx.query(
          "SELECT email, expires_at > now() AS live FROM network_invitations WHERE network_id = $1 AND status = 'PENDING' AND email = ANY($2::text[])",
          [networkId, emails],
        )) as { email: string; live: boolean }[]
      ).map((r) => [r.email, r.live]),
    );
    const seen = new Set<string>();
    return rows.map((row) => {
      if (row.problem) return InvitationPreviewOutcome.INVALID;
      if (seen.has(row.email)) return InvitationPreviewOutcome.DUPLICATE;
      seen.add(row.email);
      if (members.has(row.email)) return InvitationPreviewOutcome.ALREADY_MEMBER;
      const live = pending.get(row.email);
      if (live === true) return InvitationPreviewOutcome.ALREADY_INVITED;
      if (live === false) return InvitationPreviewOutcome.REINVITE;
      return InvitationPreviewOutcome.INVITE;
    });
  }

  /** Coordinators of the invitation's network; anyone else is told it does not exist. */
  private async requireManageable(caller: Caller, invitationId: string): Promise<NetworkInvitationEntity> {
    const invitation = isId(invitationId) ? await this.invitations.findOneBy({ id: invitationId }) : null;
    if (!invitation || !(await this.access.can(caller, SpacePermission.MODERATE, invitation.networkId))) throw notFound('Invitation');
    return invitation;
  }
}
