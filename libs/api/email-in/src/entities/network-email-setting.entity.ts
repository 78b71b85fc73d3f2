import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '@community-hub/api-networks';

/** Email-in settings of a network (no row: the defaults, nothing by email). */
@Entity('network_email_settings')
export class NetworkEmailSettingEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @OneToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'network_email_settings_network_id_fkey' })
  network?: NetworkEntity;

  /** Members may start threads by emailing the network's address. */
  @Column({ name: 'threads_by_email', type: 'boolean', default: false })
  threadsByEmail: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
