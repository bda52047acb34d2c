import { Migration } from '@mikro-orm/migrations';

/** Suggested facts of a document, waiting for an editor or decided, each once per fingerprint. */
export class Migration20261129160000_suggestions extends Migration {
  override up(): void {
    this.addSql(
      `create table \`suggestion\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`type\` text check (\`type\` in ('ACTOR', 'ATTRIBUTION', 'POSITION', 'EVENT', 'RELATION', 'STATEMENT', 'FIGURE')) not null, \`fact\` json not null, \`spans\` json not null, \`confidence\` double not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'REJECTED')) not null default 'PENDING', \`fingerprint\` text not null, \`decided_by_user_id\` integer null, \`decided_by_name\` text null, \`decided_at\` text null, \`accepted_node_id\` text null, constraint \`suggestion_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`suggestion_document_id_index\` on \`suggestion\` (\`document_id\`);`);
    this.addSql(
      `create index \`suggestion_queue_index\` on \`suggestion\` (\`document_id\`, \`status\`, \`confidence\`, \`id\`);`,
    );
    this.addSql(
      `create unique index \`suggestion_document_fingerprint_unique\` on \`suggestion\` (\`document_id\`, \`fingerprint\`);`,
    );
  }
}
