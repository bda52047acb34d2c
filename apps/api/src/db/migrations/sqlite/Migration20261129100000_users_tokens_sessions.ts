import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100000_users_tokens_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`user_account\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`role\` text check (\`role\` in ('reader', 'editor', 'admin')) not null, \`password_hash\` text null, \`created_at\` datetime not null, \`disabled_at\` datetime null);`,
    );
    this.addSql(`create unique index \`user_account_name_unique\` on \`user_account\` (\`name\`);`);

    this.addSql(
      `create table \`session\` (\`id\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`last_seen_at\` datetime not null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);

    this.addSql(
      `create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`user_id\` integer not null, \`secret_hash\` text not null, \`prefix\` text not null, \`label\` text null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, \`expires_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_token_prefix_index\` on \`api_token\` (\`prefix\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`api_token\`;`);
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`user_account\`;`);
  }
}
