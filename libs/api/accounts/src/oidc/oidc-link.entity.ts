import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * An account's link to an identity provider's person: found by (issuer, subject),
 * never by email, after the first sign-in. `lastSignInAt` is the last sign-in
 * through the provider (a fresh one confirms deleting a password-less account).
 */
@Entity('oidc_links')
export class OidcLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 500, primaryKeyConstraintName: 'PK_oidc_links' })
  issuer: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_oidc_links' })
  subject: string;

  @Index('oidc_links_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_oidc_links_user' })
  user?: UserEntity;

  /** The verified address the provider gave at the last sign-in. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastSignInAt: Date;

  /** Whether the provider said (`amr`) that the last sign-in used a second factor. */
}
