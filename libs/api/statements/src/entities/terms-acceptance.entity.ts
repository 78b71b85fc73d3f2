import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';

/** The newest version of the terms a person accepted, and when. */
@Entity('terms_acceptances')
export class TermsAcceptanceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'terms_acceptances_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3 })
  acceptedAt: Date;
}
