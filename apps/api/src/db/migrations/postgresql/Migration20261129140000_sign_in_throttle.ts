import { Migration } from '@mikro-orm/migrations';

/**
 * Failed sign-ins counted in the database, so that every instance shares the count; and no more
 * count of a document's imported facts: imports find edits in the history.
 */
export class Migration20261129140000_sign_in_throttle extends Migration {
  override up(): void {
    this.addSql(
      `create table "sign_in_throttle" ("key" varchar(400) not null, "failures" int not null, "window_start_ms" double precision not null, constraint "sign_in_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(`create index "sign_in_throttle_window_start_ms_index" on "sign_in_throttle" ("window_start_ms");`);
    this.addSql(`alter table "document" drop column "imported_facts";`);
  }

  override down(): void {
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
    this.addSql(`alter table "document" add column "imported_facts" int null;`);
  }
}
