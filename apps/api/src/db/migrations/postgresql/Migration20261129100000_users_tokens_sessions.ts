import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100000_users_tokens_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "user_account" ("id" serial primary key, "name" varchar(100) not null, "role" text check ("role" in ('reader', 'editor', 'admin')) not null, "password_hash" text null, "created_at" timestamptz not null, "disabled_at" timestamptz null);`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_name_unique" unique ("name");`);

    this.addSql(
      `create table "session" ("id" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "api_token" ("id" serial primary key, "user_id" int not null, "secret_hash" varchar(64) not null, "prefix" varchar(20) not null, "label" varchar(200) null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "expires_at" timestamptz null);`,
    );
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_token_prefix_index" on "api_token" ("prefix");`);

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}
