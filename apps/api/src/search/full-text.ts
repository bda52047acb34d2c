/**
 * How the full-text indexes are laid out, in both dialects (the full_text_search migration
 * creates them). Each searchable table `<table>` has a companion `<table>_fulltext`, kept in step
 * by triggers whoever writes: on PostgreSQL a table of `(id, vector tsvector)` with a GIN index;
 * on SQLite an FTS5 table over the same text columns, with `<table>` as its external content.
 * The companions are no entity's: the schema differ is told to skip them (db/orm.ts).
 */

/** The companion table holding a table's full-text index. */
export function fullTextTable(table: string): string {
  return `${table}_fulltext`;
}

/**
 * The PostgreSQL text search configuration of the indexes: English stemming with no stop-word
 * list ("US" and "will" stay searchable), accents dropped (unaccent).
 */
export const FULL_TEXT_CONFIG = 'parley_search';
