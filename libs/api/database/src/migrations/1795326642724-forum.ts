import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Forum1795326642724 implements MigrationInterface {
  name = 'Forum1795326642724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"threads\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"tags\" text array NOT NULL DEFAULT '{}', \"author_id\" uuid NOT NULL, \"last_poster_id\" uuid NOT NULL, \"post_count\" integer NOT NULL DEFAULT '0', \"pinned\" boolean NOT NULL DEFAULT false, \"locked\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"last_activity_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d8a74804c34fc3900502cd27275\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"threads_network_id_idx\" ON \"threads\"  (\"network_id\") ");
    await queryRunner.query("CREATE INDEX \"threads_space_listing_idx\" ON \"threads\"  (\"space_id\", \"pinned\", \"last_activity_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"posts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"thread_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"reply_to_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"edited_at\" TIMESTAMP(3) WITH TIME ZONE, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"deleted_by_id\" uuid, CONSTRAINT \"posts_thread_position_key\" UNIQUE (\"thread_id\", \"position\"), CONSTRAINT \"PK_2829ac61eff60fcec60d7274b9e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"posts_author_id_idx\" ON \"posts\"  (\"author_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"watch_level\" AS ENUM('NORMAL', 'WATCHING', 'MUTED')");
    await queryRunner.query("CREATE TABLE \"thread_readers\" (\"thread_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"last_read_position\" integer NOT NULL DEFAULT '0', \"watch_level\" \"public\".\"watch_level\" NOT NULL DEFAULT 'NORMAL', \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_319d0bd60c32e0e964a5e87fe26\" PRIMARY KEY (\"thread_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"thread_readers_user_id_idx\" ON \"thread_readers\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"moderation_action_kind\" AS ENUM('PIN', 'UNPIN', 'LOCK', 'UNLOCK', 'RETAG', 'REMOVE_POST')");
    await queryRunner.query("CREATE TABLE \"moderation_actions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"thread_id\" uuid NOT NULL, \"post_id\" uuid, \"actor_id\" uuid NOT NULL, \"action\" \"public\".\"moderation_action_kind\" NOT NULL, \"reason\" text NOT NULL DEFAULT '', \"details\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d259906fb4d2a5ef718f1f66e35\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"moderation_actions_thread_idx\" ON \"moderation_actions\"  (\"thread_id\") ");
    await queryRunner.query("CREATE INDEX \"moderation_actions_space_idx\" ON \"moderation_actions\"  (\"space_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"post_revisions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"post_id\" uuid NOT NULL, \"body\" text NOT NULL, \"edited_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_871219c3d5044d70ff7d59480b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"post_revisions_post_idx\" ON \"post_revisions\"  (\"post_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"threads_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"threads_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"threads_author_id_fkey\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"threads\" ADD CONSTRAINT \"threads_last_poster_id_fkey\" FOREIGN KEY (\"last_poster_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_thread_id_fkey\" FOREIGN KEY (\"thread_id\") REFERENCES \"threads\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_author_id_fkey\" FOREIGN KEY (\"author_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_reply_to_id_fkey\" FOREIGN KEY (\"reply_to_id\") REFERENCES \"posts\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_deleted_by_id_fkey\" FOREIGN KEY (\"deleted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_readers\" ADD CONSTRAINT \"thread_readers_thread_id_fkey\" FOREIGN KEY (\"thread_id\") REFERENCES \"threads\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_readers\" ADD CONSTRAINT \"thread_readers_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"moderation_actions\" ADD CONSTRAINT \"moderation_actions_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"moderation_actions\" ADD CONSTRAINT \"moderation_actions_actor_id_fkey\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_revisions\" ADD CONSTRAINT \"post_revisions_post_id_fkey\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_revisions\" ADD CONSTRAINT \"post_revisions_edited_by_id_fkey\" FOREIGN KEY (\"edited_by_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Written by hand: TypeORM cannot describe a GIN index (the entity marks it synchronize: false).
    await queryRunner.query('CREATE INDEX "threads_tags_idx" ON "threads" USING gin ("tags")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "threads_tags_idx"');
    await queryRunner.query("ALTER TABLE \"post_revisions\" DROP CONSTRAINT \"post_revisions_edited_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"post_revisions\" DROP CONSTRAINT \"post_revisions_post_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"moderation_actions\" DROP CONSTRAINT \"moderation_actions_actor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"moderation_actions\" DROP CONSTRAINT \"moderation_actions_space_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"thread_readers\" DROP CONSTRAINT \"thread_readers_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"thread_readers\" DROP CONSTRAINT \"thread_readers_thread_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"posts\" DROP CONSTRAINT \"posts_deleted_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"posts\" DROP CONSTRAINT \"posts_reply_to_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"posts\" DROP CONSTRAINT \"posts_author_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"posts\" DROP CONSTRAINT \"posts_thread_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"threads_last_poster_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"threads_author_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"threads_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP CONSTRAINT \"threads_space_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_revisions_post_idx\"");
    await queryRunner.query("DROP TABLE \"post_revisions\"");
    await queryRunner.query("DROP INDEX \"public\".\"moderation_actions_space_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"moderation_actions_thread_idx\"");
    await queryRunner.query("DROP TABLE \"moderation_actions\"");
    await queryRunner.query("DROP TYPE \"public\".\"moderation_action_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"thread_readers_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"thread_readers\"");
    await queryRunner.query("DROP TYPE \"public\".\"watch_level\"");
    await queryRunner.query("DROP INDEX \"public\".\"posts_author_id_idx\"");
    await queryRunner.query("DROP TABLE \"posts\"");
    await queryRunner.query("DROP INDEX \"public\".\"threads_space_listing_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"threads_network_id_idx\"");
    await queryRunner.query("DROP TABLE \"threads\"");
  }
}
