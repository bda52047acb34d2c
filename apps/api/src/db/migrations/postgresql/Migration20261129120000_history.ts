import { Migration } from '@mikro-orm/migrations';

/**
 * The change history: one row per recorded change (who, when, what kind) and one per row it
 * wrote, with the row before and after. Looked up by node (entity, row id) and by change.
 */
export class Migration20261129120000_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "change" ("id" serial primary key, "at" varchar(30) not null, "user_id" int null, "user_name" varchar(300) null, "kind" text check ("kind" in ('mutation', 'import', 'revert')) not null, "summary" text not null, "row_count" int not null default 0, "reverts_change_id" int null, "reverted_by_change_id" int null);`,
    );

    this.addSql(
      `create table "change_row" ("id" serial primary key, "change_id" int not null, "entity" varchar(100) not null, "row_id" int not null, "operation" text check ("operation" in ('create', 'update', 'delete')) not null, "before" jsonb null, "after" jsonb null);`,
    );
    this.addSql(`create index "change_row_change_id_id_index" on "change_row" ("change_id", "id");`);
    this.addSql(`create index "change_row_entity_row_index" on "change_row" ("entity", "row_id", "change_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change" cascade;`);

    this.addSql(`drop table if exists "change_row" cascade;`);
  }
}
