import { Migration } from '@mikro-orm/migrations';

/**
 * A version on every editable node, for optimistic locking (rows already there start at 1), and
 * when an editor last changed it.
 */
export class Migration20261129110000_node_version extends Migration {
  override up(): void {
    this.addSql(`alter table \`actor\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`actor\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`document\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`document\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`attribution\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`attribution\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`event\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`event\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`figure\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`figure\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`negotiation\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`negotiation\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`position\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`position\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`relation\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`relation\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`statement\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`statement\` add column \`edited_at\` datetime null;`);
  }
}
