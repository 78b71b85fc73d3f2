import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * A person's TOTP secret, encrypted (see two-factor-crypto.ts). Written by
 * `setupTwoFactor` (the person's `twoFactorEnabledAt` stays null until a code
 * proves the app has it); `lastTimeStep` is the last accepted code's time step, so
 * a code is accepted once.
 */
@Entity('two_factor_secrets')
export class TwoFactorSecretEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_two_factor_secrets' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_two_factor_secrets_user' })
  user?: UserEntity;

  @Column({ name: 'secret_encrypted', type: 'varchar', length: 255 })
  secretEncrypted: string;

  @Column({ name: 'last_time_step', type: 'bigint', nullable: true })
  lastTimeStep: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
