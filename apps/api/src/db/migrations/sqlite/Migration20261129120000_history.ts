import { Migration } from '@mikro-orm/migrations';

/**
 * The change history: one row per recorded change (who, when, what kind) and one per row it
 * wrote, with the row before and after. Looked up by node (entity, row id) and by change.
 */
export class Migration20261129120000_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`change\` (\`id\` integer not null primary key autoincrement, \`at\` text not null, \`user_id\` integer null, \`user_name\` text null, \`kind\` text check (\`kind\` in ('mutation', 'import', 'revert')) not null, \`summary\` text not null, \`row_count\` integer not null default 0, \`reverts_change_id\` integer null, \`reverted_by_change_id\` integer null);`,
    );

    this.addSql(
      `create table \`change_row\` (\`id\` integer not null primary key autoincrement, \`change_id\` integer not null, \`entity\` text not null, \`row_id\` integer not null, \`operation\` text check (\`operation\` in ('create', 'update', 'delete')) not null, \`before\` json null, \`after\` json null);`,
    );
    this.addSql(`create index \`change_row_change_id_id_index\` on \`change_row\` (\`change_id\`, \`id\`);`);
    this.addSql(
      `create index \`change_row_entity_row_index\` on \`change_row\` (\`entity\`, \`row_id\`, \`change_id\`);`,
    );
  }
}
