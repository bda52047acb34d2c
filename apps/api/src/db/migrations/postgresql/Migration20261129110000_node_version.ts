import { Migration } from '@mikro-orm/migrations';

/** A version on every editable node, for optimistic locking: rows already there start at 1. */
export class Migration20261129110000_node_version extends Migration {
  override up(): void {
    this.addSql(`alter table "actor" add column "version" int not null default 1;`);
    this.addSql(`alter table "document" add column "version" int not null default 1;`);
    this.addSql(`alter table "attribution" add column "version" int not null default 1;`);
    this.addSql(`alter table "event" add column "version" int not null default 1;`);
    this.addSql(`alter table "figure" add column "version" int not null default 1;`);
    this.addSql(`alter table "negotiation" add column "version" int not null default 1;`);
    this.addSql(`alter table "position" add column "version" int not null default 1;`);
    this.addSql(`alter table "relation" add column "version" int not null default 1;`);
    this.addSql(`alter table "statement" add column "version" int not null default 1;`);
  }
  override down(): void {
    this.addSql(`alter table "actor" drop column "version";`);
    this.addSql(`alter table "attribution" drop column "version";`);
    this.addSql(`alter table "document" drop column "version";`);
    this.addSql(`alter table "event" drop column "version";`);
    this.addSql(`alter table "figure" drop column "version";`);
    this.addSql(`alter table "negotiation" drop column "version";`);
    this.addSql(`alter table "position" drop column "version";`);
    this.addSql(`alter table "relation" drop column "version";`);
    this.addSql(`alter table "statement" drop column "version";`);
  }
}
