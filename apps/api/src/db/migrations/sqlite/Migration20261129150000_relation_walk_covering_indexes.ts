import { Migration } from '@mikro-orm/migrations';

/**
 * The graph walks' relation indexes carry each relation's kind and dates too: a neighbourhood hop
 * ranks a hub's thousands of relations by them, from the index alone instead of from the heap.
 */
export class Migration20261129150000_relation_walk_covering_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index \`relation_source_id_target_id_id_index\`;`);
    this.addSql(`drop index \`relation_target_id_source_id_id_index\`;`);
    this.addSql(
      `create index \`relation_source_id_target_id_id_kind_date_start_date_end_index\` on \`relation\` (\`source_id\`, \`target_id\`, \`id\`, \`kind\`, \`date_start\`, \`date_end\`);`,
    );
    this.addSql(
      `create index \`relation_target_id_source_id_id_kind_date_start_date_end_index\` on \`relation\` (\`target_id\`, \`source_id\`, \`id\`, \`kind\`, \`date_start\`, \`date_end\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`relation_source_id_target_id_id_kind_date_start_date_end_index\`;`);
    this.addSql(`drop index \`relation_target_id_source_id_id_kind_date_start_date_end_index\`;`);
    this.addSql(
      `create index \`relation_source_id_target_id_id_index\` on \`relation\` (\`source_id\`, \`target_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`relation_target_id_source_id_id_index\` on \`relation\` (\`target_id\`, \`source_id\`, \`id\`);`,
    );
  }
}
