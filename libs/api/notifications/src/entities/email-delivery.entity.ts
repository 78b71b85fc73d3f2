import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';

export enum EmailDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * One email to one person: an immediate notification or a digest. Its key
 * (e.g. `notification:<id>` or `daily:<network>:2026-11-22`) is unique, so a
 * retried job or a second API process never sends it twice.
 */
@Entity('email_deliveries')
@Unique('email_deliveries_user_key', ['userId', 'key'])
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'email_deliveries_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'enum', enum: EmailDeliveryStatus, enumName: 'email_delivery_status', default: EmailDeliveryStatus.PENDING })
  status: EmailDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  /** A mailing-list copy carries the post itself (the notice's facts), since it is not a notification. */
  @Column({ type: 'jsonb', nullable: true })
  payload: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;
}
