import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for every foreign key column (PostgreSQL, unlike SQLite, does not index them itself)
 * and for the API's filters; trigram indexes for the text searches (`like '%words%'`). A foreign
 * key that leads a composite index (relation source and target, the unique (document, key) of
 * facts, evidence (document, start)) needs no index of its own. The evidence owner indexes are
 * partial: each holds only the rows of its kind of fact. Left out: the pivot tables of the
 * many-to-many collections (document_contributors, negotiation_party, negotiation_round), which
 * have no entity to declare an index on; they hold a few rows per document or negotiation and
 * are read by document or negotiation only.
 */
export class Migration20261129042453_add_indexes extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create index "actor_kind_index" on "actor" ("kind");`);
    this.addSql(`drop index "actor_search_text_index";`);
    this.addSql(`create index "actor_search_text_index" on "actor" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create index "document_publisher_id_index" on "document" ("publisher_id");`);

    this.addSql(`create index "attribution_source_id_index" on "attribution" ("source_id");`);

    this.addSql(`create index "event_document_id_index" on "event" ("document_id");`);
    this.addSql(`create index "event_kind_index" on "event" ("kind");`);
    this.addSql(`create index "event_attribution_id_index" on "event" ("attribution_id");`);
    this.addSql(`create index "event_date_start_date_end_index" on "event" ("date_start", "date_end");`);
    this.addSql(`drop index "event_search_text_index";`);
    this.addSql(`create index "event_search_text_index" on "event" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create index "figure_subject_id_index" on "figure" ("subject_id");`);
    this.addSql(`create index "figure_attribution_id_index" on "figure" ("attribution_id");`);

    this.addSql(`create index "negotiation_document_id_index" on "negotiation" ("document_id");`);

    this.addSql(`create index "participation_event_id_index" on "participation" ("event_id");`);
    this.addSql(`create index "participation_actor_id_index" on "participation" ("actor_id");`);
    this.addSql(`create index "participation_attribution_id_index" on "participation" ("attribution_id");`);

    this.addSql(`create index "position_holder_id_index" on "position" ("holder_id");`);
    this.addSql(`create index "position_organization_id_index" on "position" ("organization_id");`);

    this.addSql(`drop index "relation_category_index";`);
    this.addSql(`create index "relation_kind_index" on "relation" ("kind");`);
    this.addSql(`create index "relation_event_id_index" on "relation" ("event_id");`);
    this.addSql(`create index "relation_attribution_id_index" on "relation" ("attribution_id");`);
    this.addSql(`create index "relation_date_start_date_end_index" on "relation" ("date_start", "date_end");`);
    this.addSql(
      `create index "relation_category_date_start_date_end_index" on "relation" ("category", "date_start", "date_end");`,
    );
    this.addSql(`create index "relation_target_id_category_id_index" on "relation" ("target_id", "category", "id");`);
    this.addSql(`create index "relation_source_id_category_id_index" on "relation" ("source_id", "category", "id");`);

    this.addSql(`create index "statement_kind_index" on "statement" ("kind");`);
    this.addSql(`create index "statement_event_id_index" on "statement" ("event_id");`);
    this.addSql(`create index "statement_speaker_id_kind_index" on "statement" ("speaker_id", "kind");`);

    this.addSql(
      `create index "evidence_document_id_start_offset_index" on "evidence" ("document_id", "start_offset");`,
    );
    for (const owner of EVIDENCE_OWNERS) {
      this.addSql(
        `create index "evidence_${owner}_id_index" on "evidence" ("${owner}_id") where "${owner}_id" is not null;`,
      );
    }
  }

  override down(): void {
    for (const owner of EVIDENCE_OWNERS) this.addSql(`drop index "evidence_${owner}_id_index";`);
    this.addSql(`drop index "evidence_document_id_start_offset_index";`);

    this.addSql(`drop index "statement_speaker_id_kind_index";`);
    this.addSql(`drop index "statement_event_id_index";`);
    this.addSql(`drop index "statement_kind_index";`);

    this.addSql(`drop index "relation_source_id_category_id_index";`);
    this.addSql(`drop index "relation_target_id_category_id_index";`);
    this.addSql(`drop index "relation_category_date_start_date_end_index";`);
    this.addSql(`drop index "relation_date_start_date_end_index";`);
    this.addSql(`drop index "relation_attribution_id_index";`);
    this.addSql(`drop index "relation_event_id_index";`);
    this.addSql(`drop index "relation_kind_index";`);
    this.addSql(`create index "relation_category_index" on "relation" ("category");`);

    this.addSql(`drop index "position_organization_id_index";`);
    this.addSql(`drop index "position_holder_id_index";`);

    this.addSql(`drop index "participation_attribution_id_index";`);
    this.addSql(`drop index "participation_actor_id_index";`);
    this.addSql(`drop index "participation_event_id_index";`);

    this.addSql(`drop index "negotiation_document_id_index";`);

    this.addSql(`drop index "figure_attribution_id_index";`);
    this.addSql(`drop index "figure_subject_id_index";`);

    this.addSql(`drop index "event_search_text_index";`);
    this.addSql(`create index "event_search_text_index" on "event" ("search_text");`);
    this.addSql(`drop index "event_date_start_date_end_index";`);
    this.addSql(`drop index "event_attribution_id_index";`);
    this.addSql(`drop index "event_kind_index";`);
    this.addSql(`drop index "event_document_id_index";`);

    this.addSql(`drop index "attribution_source_id_index";`);

    this.addSql(`drop index "document_publisher_id_index";`);

    this.addSql(`drop index "actor_search_text_index";`);
    this.addSql(`create index "actor_search_text_index" on "actor" ("search_text");`);
    this.addSql(`drop index "actor_kind_index";`);
  }
}

const EVIDENCE_OWNERS = [
  'actor',
  'attribution',
  'position',
  'event',
  'participation',
  'relation',
  'statement',
  'figure',
  'negotiation',
];
