import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text indexes for the API's `search`. A text search configuration first: English stemming
 * with no stop-word list (so that "US" stays a word), accents dropped by the `unaccent`
 * extension. Then, for each searchable table, a companion `<table>_fulltext (id, vector)` holding
 * the `tsvector` of the table's text columns under a GIN index: stored rather than computed from
 * an expression, because ranking reads the vector of every match and a long article's takes
 * milliseconds to compute. Triggers keep it in step with every insert, update, delete and
 * truncate, whoever writes; they fire ALWAYS, also when a session replays with
 * `session_replication_role = replica` (as MikroORM does to empty a database).
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
      const index = `${table}_fulltext`;
      const vector = (row: string) =>
        `to_tsvector('parley_search'::regconfig, ${columns.map((column) => `coalesce(${row}"${column}"::text, '')`).join(` || ' ' || `)})`;
      this.addSql(`create table "${index}" ("id" int primary key, "vector" tsvector not null);`);
      this.addSql(
        `create function "${index}_sync"() returns trigger language plpgsql as $$ begin ` +
          `if tg_op = 'DELETE' then delete from "${index}" where "id" = old."id"; return null; end if; ` +
          `insert into "${index}" ("id", "vector") values (new."id", ${vector('new.')}) ` +
          `on conflict ("id") do update set "vector" = excluded."vector"; return null; end $$;`,
      );
      this.addSql(
        `create trigger "${index}_sync" after insert or delete or update of ${columns.map((column) => `"${column}"`).join(', ')} on "${table}" for each row execute function "${index}_sync"();`,
      );
      this.addSql(
        `create function "${index}_clear"() returns trigger language plpgsql as $$ begin truncate "${index}"; return null; end $$;`,
      );
      this.addSql(
        `create trigger "${index}_clear" after truncate on "${table}" for each statement execute function "${index}_clear"();`,
      );
      this.addSql(`alter table "${table}" enable always trigger "${index}_sync";`);
      this.addSql(`alter table "${table}" enable always trigger "${index}_clear";`);
      // Rows written before this migration.
      this.addSql(`insert into "${index}" ("id", "vector") select "id", ${vector('')} from "${table}";`);
      // No pending list: after a bulk load the index is complete at once, and the planner does
      // not shun it for the unmerged entries a later vacuum would fold in.
      this.addSql(`create index "${index}_vector_index" on "${index}" using gin ("vector") with (fastupdate = off);`);
    }
  }

  override down(): void {
    for (const [table] of FULL_TEXT_COLUMNS) {
      const index = `${table}_fulltext`;
      this.addSql(`drop trigger "${index}_clear" on "${table}";`);
      this.addSql(`drop trigger "${index}_sync" on "${table}";`);
      this.addSql(`drop function "${index}_clear"();`);
      this.addSql(`drop function "${index}_sync"();`);
      this.addSql(`drop table "${index}";`);
    }
    this.addSql(`drop text search configuration parley_search;`);
    this.addSql(`drop text search dictionary parley_english_stem;`);
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
