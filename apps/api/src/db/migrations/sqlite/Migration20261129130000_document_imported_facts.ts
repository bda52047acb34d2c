import { Migration } from '@mikro-orm/migrations';

/** How many facts a document's last import wrote, so that a new import notices facts deleted since. */
export class Migration20261129130000_document_imported_facts extends Migration {
  override up(): void {
    this.addSql(`alter table \`document\` add column \`imported_facts\` integer null;`);
  }
}
