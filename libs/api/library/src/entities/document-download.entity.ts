import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NetworkEntity } from '@community-hub/api-networks';
import { DocumentEntity } from './document.entity';

/**
 * Download links handed out, counted per document and day (for the network report).
 * A count, not a log: it says nothing about who downloaded what.
 */
@Entity('document_downloads')
@Index('document_downloads_network_day_idx', ['networkId', 'day'])
export class DocumentDownloadEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_downloads_document_id_fkey' })
  document?: DocumentEntity;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'document_downloads_network_id_fkey' })
  network?: NetworkEntity;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
