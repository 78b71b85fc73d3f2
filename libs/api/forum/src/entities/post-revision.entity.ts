import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { PostEntity } from './post.entity';

/** The text a post had before an edit. */
@Entity('post_revisions')
@Index('post_revisions_post_idx', ['postId', 'createdAt'])
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'post_revisions_post_id_fkey' })
  post?: PostEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'edited_by_id', type: 'uuid' })
  editedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edited_by_id', foreignKeyConstraintName: 'post_revisions_edited_by_id_fkey' })
  editedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
