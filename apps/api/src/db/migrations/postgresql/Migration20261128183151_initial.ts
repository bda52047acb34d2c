import { Migration } from '@mikro-orm/migrations';

export class Migration20261128183151_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "actor" ("id" serial primary key, "slug" varchar(120) not null, "name" varchar(300) not null, "aliases" jsonb not null, "kind" text check ("kind" in ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'STATE', 'GROUP')) not null, "summary" text null, "basis" text null, "search_text" text not null);`,
    );
    this.addSql(`alter table "actor" add constraint "actor_slug_unique" unique ("slug");`);
    this.addSql(`create index "actor_search_text_index" on "actor" ("search_text");`);

    this.addSql(
      `create table "document" ("id" serial primary key, "slug" varchar(200) not null, "title" varchar(500) not null, "publisher_id" int null, "published_at" varchar(10) null, "published_at_basis" text null, "url" text null, "text" text not null, "bundle_hash" varchar(64) not null);`,
    );
    this.addSql(`alter table "document" add constraint "document_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "attribution" ("id" serial primary key, "document_id" int not null, "key" varchar(120) not null, "kind" text check ("kind" in ('REPORTED', 'NAMED_SOURCE', 'ANONYMOUS_SOURCES')) not null, "source_id" int null, "text" text null);`,
    );
    this.addSql(
      `alter table "attribution" add constraint "attribution_document_id_key_unique" unique ("document_id", "key");`,
    );

    this.addSql(
      `create table "document_contributors" ("id" serial primary key, "document_id" int not null, "actor_id" int not null);`,
    );

    this.addSql(
      `create table "event" ("id" serial primary key, "document_id" int not null, "slug" varchar(200) not null, "kind" varchar(40) not null, "title" varchar(500) not null, "summary" text null, "date_text" varchar(200) null, "date_start" varchar(10) null, "date_end" varchar(10) null, "date_precision" text check ("date_precision" in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, "date_basis" varchar(500) null, "location" varchar(300) null, "secret" boolean not null default false, "attribution_id" int not null, "search_text" text not null);`,
    );
    this.addSql(`alter table "event" add constraint "event_slug_unique" unique ("slug");`);
    this.addSql(`create index "event_search_text_index" on "event" ("search_text");`);

    this.addSql(
      `create table "figure" ("id" serial primary key, "document_id" int not null, "key" varchar(120) not null, "amount" double precision not null, "currency" varchar(3) not null, "summary" text not null, "measure" varchar(300) null, "modality" text check ("modality" in ('ACTUAL', 'THREATENED', 'REQUESTED', 'POSSIBLE')) not null default 'ACTUAL', "condition" text null, "subject_id" int null, "period_text" varchar(200) null, "period_start" varchar(10) null, "period_end" varchar(10) null, "period_precision" text check ("period_precision" in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, "period_basis" varchar(500) null, "attribution_id" int not null);`,
    );
    this.addSql(`alter table "figure" add constraint "figure_document_id_key_unique" unique ("document_id", "key");`);

    this.addSql(
      `create table "negotiation" ("id" serial primary key, "document_id" int not null, "slug" varchar(200) not null, "title" varchar(500) not null, "summary" text null, "deadline_text" varchar(200) null, "deadline_start" varchar(10) null, "deadline_end" varchar(10) null, "deadline_precision" text check ("deadline_precision" in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, "deadline_basis" varchar(500) null, "issues" jsonb not null);`,
    );
    this.addSql(`alter table "negotiation" add constraint "negotiation_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "negotiation_party" ("id" serial primary key, "negotiation_id" int not null, "actor_id" int not null);`,
    );

    this.addSql(
      `create table "negotiation_round" ("id" serial primary key, "negotiation_id" int not null, "event_id" int not null);`,
    );

    this.addSql(
      `create table "participation" ("id" serial primary key, "event_id" int not null, "actor_id" int not null, "role" varchar(300) null, "outcome" varchar(300) null, "attribution_id" int null);`,
    );

    this.addSql(
      `create table "position" ("id" serial primary key, "document_id" int not null, "key" varchar(120) not null, "holder_id" int not null, "organization_id" int null, "title" varchar(300) not null, "acting" boolean not null default false, "basis" text null);`,
    );
    this.addSql(
      `alter table "position" add constraint "position_document_id_key_unique" unique ("document_id", "key");`,
    );

    this.addSql(
      `create table "relation" ("id" serial primary key, "document_id" int not null, "key" varchar(120) not null, "kind" text check ("kind" in ('URGED', 'CRITICIZED', 'DEMANDED', 'PRESSURED', 'CHALLENGED', 'THREATENED', 'BARRED', 'SANCTIONED', 'MET_WITH', 'NEGOTIATED_WITH', 'CONSULTED', 'VISITED', 'BACKED', 'FACILITATED')) not null, "category" text check ("category" in ('PRESSURE', 'COERCION', 'DIPLOMACY', 'SUPPORT')) not null, "source_id" int not null, "target_id" int not null, "summary" text not null, "modality" text check ("modality" in ('ACTUAL', 'THREATENED', 'REQUESTED', 'POSSIBLE')) not null default 'ACTUAL', "date_text" varchar(200) null, "date_start" varchar(10) null, "date_end" varchar(10) null, "date_precision" text check ("date_precision" in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, "date_basis" varchar(500) null, "event_id" int null, "demand" text null, "lever" text null, "attribution_id" int not null);`,
    );
    this.addSql(`create index "relation_category_index" on "relation" ("category");`);
    this.addSql(
      `alter table "relation" add constraint "relation_document_id_key_unique" unique ("document_id", "key");`,
    );

    this.addSql(
      `create table "statement" ("id" serial primary key, "document_id" int not null, "key" varchar(120) not null, "kind" text check ("kind" in ('QUOTE', 'PARAPHRASE', 'DECLINED_TO_COMMENT', 'NO_REPLY')) not null, "speaker_id" int not null, "text" text null, "setting" varchar(300) null, "date_text" varchar(200) null, "date_start" varchar(10) null, "date_end" varchar(10) null, "date_precision" text check ("date_precision" in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, "date_basis" varchar(500) null, "event_id" int null);`,
    );
    this.addSql(
      `alter table "statement" add constraint "statement_document_id_key_unique" unique ("document_id", "key");`,
    );

    this.addSql(
      `create table "evidence" ("id" serial primary key, "document_id" int not null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "actor_id" int null, "attribution_id" int null, "position_id" int null, "event_id" int null, "participation_id" int null, "relation_id" int null, "statement_id" int null, "figure_id" int null, "negotiation_id" int null);`,
    );

    this.addSql(
      `alter table "document" add constraint "document_publisher_id_foreign" foreign key ("publisher_id") references "actor" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "attribution" add constraint "attribution_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attribution" add constraint "attribution_source_id_foreign" foreign key ("source_id") references "actor" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "document_contributors" add constraint "document_contributors_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "document_contributors" add constraint "document_contributors_actor_id_foreign" foreign key ("actor_id") references "actor" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "event" add constraint "event_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event" add constraint "event_attribution_id_foreign" foreign key ("attribution_id") references "attribution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "figure" add constraint "figure_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "figure" add constraint "figure_subject_id_foreign" foreign key ("subject_id") references "actor" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "figure" add constraint "figure_attribution_id_foreign" foreign key ("attribution_id") references "attribution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "negotiation" add constraint "negotiation_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "negotiation_party" add constraint "negotiation_party_negotiation_id_foreign" foreign key ("negotiation_id") references "negotiation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "negotiation_party" add constraint "negotiation_party_actor_id_foreign" foreign key ("actor_id") references "actor" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "negotiation_round" add constraint "negotiation_round_negotiation_id_foreign" foreign key ("negotiation_id") references "negotiation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "negotiation_round" add constraint "negotiation_round_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "participation" add constraint "participation_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_actor_id_foreign" foreign key ("actor_id") references "actor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_attribution_id_foreign" foreign key ("attribution_id") references "attribution" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "position" add constraint "position_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_holder_id_foreign" foreign key ("holder_id") references "actor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_organization_id_foreign" foreign key ("organization_id") references "actor" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "relation" add constraint "relation_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "relation" add constraint "relation_source_id_foreign" foreign key ("source_id") references "actor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "relation" add constraint "relation_target_id_foreign" foreign key ("target_id") references "actor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "relation" add constraint "relation_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "relation" add constraint "relation_attribution_id_foreign" foreign key ("attribution_id") references "attribution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "statement" add constraint "statement_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "statement" add constraint "statement_speaker_id_foreign" foreign key ("speaker_id") references "actor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "statement" add constraint "statement_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "evidence" add constraint "evidence_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_actor_id_foreign" foreign key ("actor_id") references "actor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_attribution_id_foreign" foreign key ("attribution_id") references "attribution" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_participation_id_foreign" foreign key ("participation_id") references "participation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_relation_id_foreign" foreign key ("relation_id") references "relation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_statement_id_foreign" foreign key ("statement_id") references "statement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_figure_id_foreign" foreign key ("figure_id") references "figure" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evidence" add constraint "evidence_negotiation_id_foreign" foreign key ("negotiation_id") references "negotiation" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document" drop constraint "document_publisher_id_foreign";`);

    this.addSql(`alter table "attribution" drop constraint "attribution_source_id_foreign";`);

    this.addSql(`alter table "document_contributors" drop constraint "document_contributors_actor_id_foreign";`);

    this.addSql(`alter table "figure" drop constraint "figure_subject_id_foreign";`);

    this.addSql(`alter table "negotiation_party" drop constraint "negotiation_party_actor_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_actor_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_holder_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_organization_id_foreign";`);

    this.addSql(`alter table "relation" drop constraint "relation_source_id_foreign";`);

    this.addSql(`alter table "relation" drop constraint "relation_target_id_foreign";`);

    this.addSql(`alter table "statement" drop constraint "statement_speaker_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_actor_id_foreign";`);

    this.addSql(`alter table "attribution" drop constraint "attribution_document_id_foreign";`);

    this.addSql(`alter table "document_contributors" drop constraint "document_contributors_document_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_document_id_foreign";`);

    this.addSql(`alter table "figure" drop constraint "figure_document_id_foreign";`);

    this.addSql(`alter table "negotiation" drop constraint "negotiation_document_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_document_id_foreign";`);

    this.addSql(`alter table "relation" drop constraint "relation_document_id_foreign";`);

    this.addSql(`alter table "statement" drop constraint "statement_document_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_document_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_attribution_id_foreign";`);

    this.addSql(`alter table "figure" drop constraint "figure_attribution_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_attribution_id_foreign";`);

    this.addSql(`alter table "relation" drop constraint "relation_attribution_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_attribution_id_foreign";`);

    this.addSql(`alter table "negotiation_round" drop constraint "negotiation_round_event_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_event_id_foreign";`);

    this.addSql(`alter table "relation" drop constraint "relation_event_id_foreign";`);

    this.addSql(`alter table "statement" drop constraint "statement_event_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_event_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_figure_id_foreign";`);

    this.addSql(`alter table "negotiation_party" drop constraint "negotiation_party_negotiation_id_foreign";`);

    this.addSql(`alter table "negotiation_round" drop constraint "negotiation_round_negotiation_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_negotiation_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_participation_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_position_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_relation_id_foreign";`);

    this.addSql(`alter table "evidence" drop constraint "evidence_statement_id_foreign";`);

    this.addSql(`drop table if exists "actor" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "attribution" cascade;`);

    this.addSql(`drop table if exists "document_contributors" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "figure" cascade;`);

    this.addSql(`drop table if exists "negotiation" cascade;`);

    this.addSql(`drop table if exists "negotiation_party" cascade;`);

    this.addSql(`drop table if exists "negotiation_round" cascade;`);

    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "relation" cascade;`);

    this.addSql(`drop table if exists "statement" cascade;`);

    this.addSql(`drop table if exists "evidence" cascade;`);
  }
}
