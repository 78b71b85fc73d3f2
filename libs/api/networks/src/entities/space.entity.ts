import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SpaceKind } from '@community-hub/api-access';
import { NetworkEntity } from './network.entity';

/**
 * Where content lives. Threads, folders, documents and events point at a space;
 * access is decided per space. A network's own space has the network's id; a
 * consortium's private workspace has the consortium's id and sits in the
 * network where the opportunity was posted.
 */
@Entity('spaces')
export class SpaceEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: SpaceKind, enumName: 'space_kind' })
  kind: SpaceKind;

  @Index('spaces_network_id_idx')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'spaces_network_id_fkey' })
  network?: NetworkEntity;
}
