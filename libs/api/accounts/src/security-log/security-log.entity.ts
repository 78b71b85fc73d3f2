import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * One security-relevant event of a person's account (a sign-in, a password change, a
 * session ended...), with where it came from. Kept SECURITY_LOG_RETENTION_MONTHS.
 * `user_id` is kept null (not deleted) when the account row goes, so the log of
 * what happened to an account outlives it until the purge.
 */
@Entity('security_log')
@Index('security_log_user_occurred_idx', ['userId', 'occurredAt'])
@Index('security_log_occurred_idx', ['occurredAt'])
export class SecurityLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'security_log_user_id_fkey' })
  user?: UserEntity;

  /** A SecurityEventKind (varchar, so a new kind needs no migration). */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  detail: string | null;
}
