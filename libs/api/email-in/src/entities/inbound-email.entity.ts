import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum InboundEmailStatus {
  RECEIVED = 'RECEIVED',
  POSTED = 'POSTED',
  REFUSED = 'REFUSED',
  DROPPED = 'DROPPED',
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  REPORT = 'REPORT',
}

/**
 * Every email that arrived, once: its Message-ID (or, without one, a hash of
 * the message) is unique, so the same message delivered twice (a retrying
 * relay, a webhook and SMTP both) is handled once. Also the memory of bounces
 * sent, for "at most one per sender per hour".
 */
@Entity('inbound_emails')
@Unique('inbound_emails_message_key', ['messageKey'])
@Index('inbound_emails_sender_bounced_idx', ['sender', 'bouncedAt'])
export class InboundEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_key', type: 'varchar', length: 300 })
  messageKey: string;

  /** The From address, lower-cased. */
  @Column({ type: 'varchar', length: 254, default: '' })
  sender: string;

  @Column({ type: 'varchar', length: 254, default: '' })
  recipient: string;

  @Column({ type: 'enum', enum: InboundEmailStatus, enumName: 'inbound_email_status', default: InboundEmailStatus.RECEIVED })
  status: InboundEmailStatus;

  /** Why it was refused or dropped (a bounce reason, e.g. WRONG_SENDER). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ name: 'bounced_at', type: 'timestamptz', precision: 3, nullable: true })
  bouncedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
