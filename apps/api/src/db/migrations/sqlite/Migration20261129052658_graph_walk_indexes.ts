import { Migration } from '@mikro-orm/migrations';

export class Migration20261129052658_graph_walk_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index \`relation_target_id_source_id_id_index\` on \`relation\` (\`target_id\`, \`source_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`relation_source_id_target_id_id_index\` on \`relation\` (\`source_id\`, \`target_id\`, \`id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`relation_target_id_source_id_id_index\`;`);
    this.addSql(`drop index \`relation_source_id_target_id_id_index\`;`);
  }
}
