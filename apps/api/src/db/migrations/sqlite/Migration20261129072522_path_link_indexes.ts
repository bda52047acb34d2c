import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072522_path_link_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index \`participation_event_id_actor_id_id_index\` on \`participation\` (\`event_id\`, \`actor_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`participation_actor_id_event_id_id_index\` on \`participation\` (\`actor_id\`, \`event_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`position_organization_id_holder_id_id_index\` on \`position\` (\`organization_id\`, \`holder_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`position_holder_id_organization_id_id_index\` on \`position\` (\`holder_id\`, \`organization_id\`, \`id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`participation_event_id_actor_id_id_index\`;`);
    this.addSql(`drop index \`participation_actor_id_event_id_id_index\`;`);
    this.addSql(`drop index \`position_organization_id_holder_id_id_index\`;`);
    this.addSql(`drop index \`position_holder_id_organization_id_id_index\`;`);
  }
}
