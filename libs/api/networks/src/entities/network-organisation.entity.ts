import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NetworkEntity } from './network.entity';
import { OrganisationEntity } from './organisation.entity';

/** An organisation listed in a network's directory. */
@Entity('network_organisations')
export class NetworkOrganisationEntity {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'network_organisations_network_id_fkey' })
  network?: NetworkEntity;

  @Index('network_organisations_organisation_id_idx')
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'network_organisations_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
