import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '@community-hub/api-networks';

/** A network's safety settings (a row only once a coordinator changed one; defaults otherwise). */
@Entity('network_safety_settings')
export class NetworkSafetySettingsEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @OneToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'network_safety_settings_network_id_fkey' })
  network?: NetworkEntity;

  /** Newcomers' first posts wait for a coordinator's approval. Off by default. */
  @Column({ name: 'hold_newcomer_posts', type: 'boolean', default: false })
  holdNewcomerPosts: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
