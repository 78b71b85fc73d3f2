import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum NetworkVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  /** Known only to its members (and platform admins); joined only by invitation. */
  HIDDEN = 'HIDDEN',
}

@Entity('networks')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('networks_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The wider area it belongs to, for grouping the directory (e.g. "Crewe & Nantwich"). */
  @Column({ type: 'varchar', length: 120, default: '' })
  area: string;

  /** Markdown shown to people when they have just become members. */
  @Column({ name: 'welcome_message', type: 'text', default: '' })
  welcomeMessage: string;

  @Column({ type: 'enum', enum: NetworkVisibility, enumName: 'network_visibility', default: NetworkVisibility.PUBLIC })
  visibility: NetworkVisibility;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
