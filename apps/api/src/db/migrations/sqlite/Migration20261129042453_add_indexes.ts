import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the API's filters. SQLite already indexes every foreign key column on its own;
 * this adds the filter columns and turns the evidence owner indexes into partial ones (each
 * holds only the rows of its kind of fact).
 */
export class Migration20261129042453_add_indexes extends Migration {
  override up(): void {
    this.addSql(`create index \`actor_kind_index\` on \`actor\` (\`kind\`);`);

    this.addSql(`create index \`event_kind_index\` on \`event\` (\`kind\`);`);
    this.addSql(`create index \`event_date_start_date_end_index\` on \`event\` (\`date_start\`, \`date_end\`);`);

    this.addSql(`drop index \`relation_category_index\`;`);
    this.addSql(`create index \`relation_kind_index\` on \`relation\` (\`kind\`);`);
    this.addSql(
      `create index \`relation_category_date_start_date_end_index\` on \`relation\` (\`category\`, \`date_start\`, \`date_end\`);`,
    );
    this.addSql(`create index \`relation_date_start_date_end_index\` on \`relation\` (\`date_start\`, \`date_end\`);`);
    this.addSql(
      `create index \`relation_source_id_category_id_index\` on \`relation\` (\`source_id\`, \`category\`, \`id\`);`,
    );
    this.addSql(
      `create index \`relation_target_id_category_id_index\` on \`relation\` (\`target_id\`, \`category\`, \`id\`);`,
    );

    this.addSql(`create index \`statement_kind_index\` on \`statement\` (\`kind\`);`);
    this.addSql(`create index \`statement_speaker_id_kind_index\` on \`statement\` (\`speaker_id\`, \`kind\`);`);

    this.addSql(
      `create index \`evidence_document_id_start_offset_index\` on \`evidence\` (\`document_id\`, \`start_offset\`);`,
    );
    for (const owner of EVIDENCE_OWNERS) {
      this.addSql(`drop index \`evidence_${owner}_id_index\`;`);
      this.addSql(
        `create index \`evidence_${owner}_id_index\` on \`evidence\` (\`${owner}_id\`) where \`${owner}_id\` is not null;`,
      );
    }
  }

  override down(): void {
    for (const owner of EVIDENCE_OWNERS) {
      this.addSql(`drop index \`evidence_${owner}_id_index\`;`);
      this.addSql(`create index \`evidence_${owner}_id_index\` on \`evidence\` (\`${owner}_id\`);`);
    }
    this.addSql(`drop index \`evidence_document_id_start_offset_index\`;`);

    this.addSql(`drop index \`statement_speaker_id_kind_index\`;`);
    this.addSql(`drop index \`statement_kind_index\`;`);

    this.addSql(`drop index \`relation_target_id_category_id_index\`;`);
    this.addSql(`drop index \`relation_source_id_category_id_index\`;`);
    this.addSql(`drop index \`relation_date_start_date_end_index\`;`);
    this.addSql(`drop index \`relation_category_date_start_date_end_index\`;`);
    this.addSql(`drop index \`relation_kind_index\`;`);
    this.addSql(`create index \`relation_category_index\` on \`relation\` (\`category\`);`);

    this.addSql(`drop index \`event_date_start_date_end_index\`;`);
    this.addSql(`drop index \`event_kind_index\`;`);

    this.addSql(`drop index \`actor_kind_index\`;`);
  }
}

const EVIDENCE_OWNERS = [
  'actor',
  'attribution',
  'position',
  'event',
  'participation',
  'relation',
  'statement',
  'figure',
  'negotiation',
];
