import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text indexes for the API's `search`: one FTS5 table per searchable table, over its text
 * columns, with the table itself as external content (the text is stored once) and triggers
 * that keep the index in step with every insert, update and delete, whoever writes. The
 * tokenizer stems English words (porter) and drops accents, as PostgreSQL's configuration does.
 */
export class Migration20261129080000_full_text_search extends Migration {
  override up(): void {
    for (const [table, columns] of FULL_TEXT_COLUMNS) {
      const index = `${table}_fulltext`;
      const list = columns.map((column) => `\`${column}\``).join(', ');
      const values = (row: 'new' | 'old') => columns.map((column) => `${row}.\`${column}\``).join(', ');
      this.addSql(
        `create virtual table \`${index}\` using fts5(${list}, content='${table}', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');`,
      );
      const insert = `insert into \`${index}\` (rowid, ${list}) values (new.\`id\`, ${values('new')});`;
      const remove = `insert into \`${index}\` (\`${index}\`, rowid, ${list}) values ('delete', old.\`id\`, ${values('old')});`;
      this.addSql(`create trigger \`${index}_insert\` after insert on \`${table}\` begin ${insert} end;`);
      this.addSql(`create trigger \`${index}_delete\` after delete on \`${table}\` begin ${remove} end;`);
      this.addSql(
        `create trigger \`${index}_update\` after update of ${list} on \`${table}\` begin ${remove} ${insert} end;`,
      );
      // Rows written before this migration.
      this.addSql(`insert into \`${index}\` (\`${index}\`) values ('rebuild');`);
    }
  }

  override down(): void {
    for (const [table] of FULL_TEXT_COLUMNS) {
      for (const trigger of ['insert', 'delete', 'update'])
        this.addSql(`drop trigger \`${table}_fulltext_${trigger}\`;`);
      this.addSql(`drop table \`${table}_fulltext\`;`);
    }
  }
}

/** Each searchable table and its text columns (the search's sources, search/search-sources.ts). */
const FULL_TEXT_COLUMNS: [string, string[]][] = [
  ['actor', ['search_text']],
  ['event', ['search_text']],
  ['relation', ['summary', 'demand', 'lever']],
  ['statement', ['text', 'setting']],
  ['figure', ['summary', 'measure', 'condition']],
  ['document', ['title', 'text']],
];
