import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { ThreadEntity } from './thread.entity';

export enum WatchLevel {
  NORMAL = 'NORMAL',
  WATCHING = 'WATCHING',
  MUTED = 'MUTED',
}

/** One person's relation to one thread: how far they have read, and whether they watch or mute it. */
@Entity('thread_readers')
export class ThreadReaderEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'thread_readers_thread_id_fkey' })
  thread?: ThreadEntity;

  @Index('thread_readers_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'thread_readers_user_id_fkey' })
  user?: UserEntity;

  /** Position of the last post read (0: none). */
  @Column({ name: 'last_read_position', type: 'integer', default: 0 })
  lastReadPosition: number;

  @Column({ name: 'watch_level', type: 'enum', enum: WatchLevel, enumName: 'watch_level', default: WatchLevel.NORMAL })
  watchLevel: WatchLevel;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
