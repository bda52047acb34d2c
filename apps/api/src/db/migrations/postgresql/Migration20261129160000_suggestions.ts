import { Migration } from '@mikro-orm/migrations';

/** Suggested facts of a document, waiting for an editor or decided, each once per fingerprint. */
export class Migration20261129160000_suggestions extends Migration {
  override up(): void {
    this.addSql(
      `create table "suggestion" ("id" serial primary key, "document_id" int not null, "type" text check ("type" in ('ACTOR', 'ATTRIBUTION', 'POSITION', 'EVENT', 'RELATION', 'STATEMENT', 'FIGURE')) not null, "fact" jsonb not null, "spans" jsonb not null, "confidence" double precision not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'REJECTED')) not null default 'PENDING', "fingerprint" varchar(64) not null, "decided_by_user_id" int null, "decided_by_name" varchar(300) null, "decided_at" varchar(30) null, "accepted_node_id" varchar(100) null);`,
    );
    this.addSql(`create index "suggestion_queue_index" on "suggestion" ("document_id", "status", "confidence", "id");`);
    this.addSql(
      `alter table "suggestion" add constraint "suggestion_document_fingerprint_unique" unique ("document_id", "fingerprint");`,
    );
    this.addSql(
      `alter table "suggestion" add constraint "suggestion_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "suggestion" cascade;`);
  }
}
