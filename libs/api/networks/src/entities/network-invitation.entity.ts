import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity } from './network.entity';

/** Stored states; EXPIRED is a PENDING invitation past `expiresAt` (see `invitationStatus`). */
export enum NetworkInvitationState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
}

/**
 * An email invitation to join a network. Only a hash of the link's token is kept:
 * the token itself is derived from the invitation id, its send count and the
 * signing secret when the email is written (see InvitationsService.tokenFor).
 */
@Entity('network_invitations')
@Index('network_invitations_network_created_idx', ['networkId', 'createdAt', 'id'])
// One open invitation per address and network; accepted and revoked ones stay as history.
@Index('network_invitations_pending_email_key', ['networkId', 'email'], { unique: true, where: `"status" = 'PENDING'` })
export class NetworkInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'network_invitations_network_id_fkey' })
  network?: NetworkEntity;

  /** Normalised like users.email (trimmed, lower case). */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** From a CSV import: shown to the coordinator, never used to make an account. */
  @Column({ type: 'varchar', length: 120, default: '' })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  organisation: string;

  @Column({ type: 'text', default: '' })
  message: string;

  /** sha256 (hex) of the token in the emailed link. */
  @Index('network_invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'enum', enum: NetworkInvitationState, enumName: 'network_invitation_status', default: NetworkInvitationState.PENDING })
  status: NetworkInvitationState;

  /** Times an email was queued for it; part of the token, so a resend makes the old link stop working. */
  @Column({ name: 'send_count', type: 'integer', default: 1 })
  sendCount: number;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'network_invitations_invited_by_id_fkey' })
  invitedBy?: UserEntity | null;

  @Column({ name: 'accepted_by_id', type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id', foreignKeyConstraintName: 'network_invitations_accepted_by_id_fkey' })
  acceptedBy?: UserEntity | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
