import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

export enum DataExportStatus {
  PREPARING = 'PREPARING',
  READY = 'READY',
  FAILED = 'FAILED',
  /** Past its expiry: the zip is (or is about to be) removed by the nightly purge. */
  EXPIRED = 'EXPIRED',
}

/** A person's request for a copy of their data (UK GDPR art. 15 and 20): a zip prepared by a job. */
@Entity('data_exports')
@Index('data_exports_user_created_idx', ['userId', 'createdAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'data_exports_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: DataExportStatus, enumName: 'data_export_status', default: DataExportStatus.PREPARING })
  status: DataExportStatus;

  /** Where the zip is in object storage; null until ready and after the purge. */
  @Column({ name: 'object_key', type: 'varchar', length: 200, nullable: true })
  objectKey: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true, transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'ready_at', type: 'timestamptz', precision: 3, nullable: true })
  readyAt: Date | null;

  /** The download link works until then. */
  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;
}
