import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum MailSuppressionReason {
  HARD_BOUNCE = 'HARD_BOUNCE',
  COMPLAINT = 'COMPLAINT',
}

/**
 * An address no email is sent to any more: its mail server said it does not
 * exist (a hard bounce) or its owner marked our email as spam (a complaint).
 * Keyed by the lower-cased address, so it outlives a change of account.
 */
@Entity('mail_suppressions')
export class MailSuppressionEntity {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: MailSuppressionReason, enumName: 'mail_suppression_reason' })
  reason: MailSuppressionReason;

  /** What the report said (e.g. `5.1.1 user unknown`), for the person and for support. */
  @Column({ type: 'varchar', length: 300, default: '' })
  detail: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
