import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { FolderEntity } from '@community-hub/api-library';

/** A person watching a library folder: told of every new document in it. */
@Entity('folder_watches')
export class FolderWatchEntity {
  @PrimaryColumn({ name: 'folder_id', type: 'uuid' })
  folderId: string;

  @ManyToOne(() => FolderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'folder_id', foreignKeyConstraintName: 'folder_watches_folder_id_fkey' })
  folder?: FolderEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'folder_watches_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
