import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';

/** A person barred from the whole platform by an admin: no sign-in, no token works, nothing posted anywhere. */
@Entity('platform_suspensions')
export class PlatformSuspensionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'platform_suspensions_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'suspended_by_id', type: 'uuid', nullable: true })
  suspendedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suspended_by_id', foreignKeyConstraintName: 'platform_suspensions_suspended_by_id_fkey' })
  suspendedBy?: UserEntity | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
