import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text indexes for the API's `search`: a text search configuration (English stemming with
 * no stop-word list, so that "US" stays a word; accents dropped by the `unaccent` extension) and
 * a GIN index of the `tsvector` of each searchable table's text columns. The expressions are the
 * ones `fullTextVector()` writes (common/index-expressions.ts); the queries repeat them.
 */
export class Migration20261129080000_full_text_search extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create text search dictionary parley_english_stem (template = snowball, language = english);`);
    this.addSql(`create text search configuration parley_search (copy = english);`);
    this.addSql(
      `alter text search configuration parley_search alter mapping for asciiword, asciihword, hword_asciipart with parley_english_stem;`,
    );
    this.addSql(
      `alter text search configuration parley_search alter mapping for word, hword, hword_part with unaccent, parley_english_stem;`,
    );
    for (const [table, columns] of FULL_TEXT_COLUMNS) {
      const text = columns.map((column) => `coalesce("${column}", '')`).join(` || ' ' || `);
      this.addSql(
        `create index "${table}_fulltext_index" on "${table}" using gin (to_tsvector('parley_search'::regconfig, ${text}));`,
      );
    }
  }

  override down(): void {
    for (const [table] of FULL_TEXT_COLUMNS) this.addSql(`drop index "${table}_fulltext_index";`);
    this.addSql(`drop text search configuration parley_search;`);
    this.addSql(`drop text search dictionary parley_english_stem;`);
  }
}

/** Each searchable table and its text columns, as the entities declare them. */
const FULL_TEXT_COLUMNS: [string, string[]][] = [
  ['actor', ['search_text']],
  ['event', ['search_text']],
  ['relation', ['summary', 'demand', 'lever']],
  ['statement', ['text', 'setting']],
  ['figure', ['summary', 'measure', 'condition']],
  ['document', ['title', 'text']],
];
