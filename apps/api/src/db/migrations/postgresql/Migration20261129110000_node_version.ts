import { Migration } from '@mikro-orm/migrations';

/**
 * A version on every editable node, for optimistic locking (rows already there start at 1), and
 * when an editor last changed it.
 */
export class Migration20261129110000_node_version extends Migration {
  override up(): void {
    this.addSql(
      `alter table "actor" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "document" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "attribution" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "event" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "figure" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "negotiation" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "position" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "relation" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "statement" add column "version" int not null default 1, add column "edited_at" timestamptz null;`,
    );
  }
  override down(): void {
    this.addSql(`alter table "actor" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "attribution" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "document" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "event" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "figure" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "negotiation" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "position" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "relation" drop column "version", drop column "edited_at";`);
    this.addSql(`alter table "statement" drop column "version", drop column "edited_at";`);
  }
}
