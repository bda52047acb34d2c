import { Migration } from '@mikro-orm/migrations';

export class Migration20261128183151_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`actor\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`aliases\` json not null, \`kind\` text check (\`kind\` in ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'STATE', 'GROUP')) not null, \`summary\` text null, \`basis\` text null, \`search_text\` text not null);`,
    );
    this.addSql(`create unique index \`actor_slug_unique\` on \`actor\` (\`slug\`);`);
    this.addSql(`create index \`actor_search_text_index\` on \`actor\` (\`search_text\`);`);

    this.addSql(
      `create table \`document\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`title\` text not null, \`publisher_id\` integer null, \`published_at\` text null, \`published_at_basis\` text null, \`url\` text null, \`text\` text not null, \`bundle_hash\` text not null, constraint \`document_publisher_id_foreign\` foreign key(\`publisher_id\`) references \`actor\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`document_slug_unique\` on \`document\` (\`slug\`);`);
    this.addSql(`create index \`document_publisher_id_index\` on \`document\` (\`publisher_id\`);`);

    this.addSql(
      `create table \`attribution\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`key\` text not null, \`kind\` text check (\`kind\` in ('REPORTED', 'NAMED_SOURCE', 'ANONYMOUS_SOURCES')) not null, \`source_id\` integer null, \`text\` text null, constraint \`attribution_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`attribution_source_id_foreign\` foreign key(\`source_id\`) references \`actor\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`attribution_document_id_index\` on \`attribution\` (\`document_id\`);`);
    this.addSql(`create index \`attribution_source_id_index\` on \`attribution\` (\`source_id\`);`);
    this.addSql(
      `create unique index \`attribution_document_id_key_unique\` on \`attribution\` (\`document_id\`, \`key\`);`,
    );

    this.addSql(
      `create table \`document_contributors\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`actor_id\` integer not null, constraint \`document_contributors_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`document_contributors_actor_id_foreign\` foreign key(\`actor_id\`) references \`actor\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`document_contributors_document_id_index\` on \`document_contributors\` (\`document_id\`);`,
    );
    this.addSql(`create index \`document_contributors_actor_id_index\` on \`document_contributors\` (\`actor_id\`);`);

    this.addSql(
      `create table \`event\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`slug\` text not null, \`kind\` text not null, \`title\` text not null, \`summary\` text null, \`date_text\` text null, \`date_start\` text null, \`date_end\` text null, \`date_precision\` text check (\`date_precision\` in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, \`date_basis\` text null, \`location\` text null, \`secret\` integer not null default false, \`attribution_id\` integer not null, \`search_text\` text not null, constraint \`event_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`event_attribution_id_foreign\` foreign key(\`attribution_id\`) references \`attribution\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`event_document_id_index\` on \`event\` (\`document_id\`);`);
    this.addSql(`create unique index \`event_slug_unique\` on \`event\` (\`slug\`);`);
    this.addSql(`create index \`event_attribution_id_index\` on \`event\` (\`attribution_id\`);`);
    this.addSql(`create index \`event_search_text_index\` on \`event\` (\`search_text\`);`);

    this.addSql(
      `create table \`figure\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`key\` text not null, \`amount\` double not null, \`currency\` text not null, \`summary\` text not null, \`measure\` text null, \`modality\` text check (\`modality\` in ('ACTUAL', 'THREATENED', 'REQUESTED', 'POSSIBLE')) not null default 'ACTUAL', \`condition\` text null, \`subject_id\` integer null, \`period_text\` text null, \`period_start\` text null, \`period_end\` text null, \`period_precision\` text check (\`period_precision\` in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, \`period_basis\` text null, \`attribution_id\` integer not null, constraint \`figure_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`figure_subject_id_foreign\` foreign key(\`subject_id\`) references \`actor\`(\`id\`) on delete set null on update cascade, constraint \`figure_attribution_id_foreign\` foreign key(\`attribution_id\`) references \`attribution\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`figure_document_id_index\` on \`figure\` (\`document_id\`);`);
    this.addSql(`create index \`figure_subject_id_index\` on \`figure\` (\`subject_id\`);`);
    this.addSql(`create index \`figure_attribution_id_index\` on \`figure\` (\`attribution_id\`);`);
    this.addSql(`create unique index \`figure_document_id_key_unique\` on \`figure\` (\`document_id\`, \`key\`);`);

    this.addSql(
      `create table \`negotiation\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`slug\` text not null, \`title\` text not null, \`summary\` text null, \`deadline_text\` text null, \`deadline_start\` text null, \`deadline_end\` text null, \`deadline_precision\` text check (\`deadline_precision\` in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, \`deadline_basis\` text null, \`issues\` json not null, constraint \`negotiation_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`negotiation_document_id_index\` on \`negotiation\` (\`document_id\`);`);
    this.addSql(`create unique index \`negotiation_slug_unique\` on \`negotiation\` (\`slug\`);`);

    this.addSql(
      `create table \`negotiation_party\` (\`id\` integer not null primary key autoincrement, \`negotiation_id\` integer not null, \`actor_id\` integer not null, constraint \`negotiation_party_negotiation_id_foreign\` foreign key(\`negotiation_id\`) references \`negotiation\`(\`id\`) on delete cascade on update cascade, constraint \`negotiation_party_actor_id_foreign\` foreign key(\`actor_id\`) references \`actor\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`negotiation_party_negotiation_id_index\` on \`negotiation_party\` (\`negotiation_id\`);`,
    );
    this.addSql(`create index \`negotiation_party_actor_id_index\` on \`negotiation_party\` (\`actor_id\`);`);

    this.addSql(
      `create table \`negotiation_round\` (\`id\` integer not null primary key autoincrement, \`negotiation_id\` integer not null, \`event_id\` integer not null, constraint \`negotiation_round_negotiation_id_foreign\` foreign key(\`negotiation_id\`) references \`negotiation\`(\`id\`) on delete cascade on update cascade, constraint \`negotiation_round_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`negotiation_round_negotiation_id_index\` on \`negotiation_round\` (\`negotiation_id\`);`,
    );
    this.addSql(`create index \`negotiation_round_event_id_index\` on \`negotiation_round\` (\`event_id\`);`);

    this.addSql(
      `create table \`participation\` (\`id\` integer not null primary key autoincrement, \`event_id\` integer not null, \`actor_id\` integer not null, \`role\` text null, \`outcome\` text null, \`attribution_id\` integer null, constraint \`participation_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade, constraint \`participation_actor_id_foreign\` foreign key(\`actor_id\`) references \`actor\`(\`id\`) on update cascade, constraint \`participation_attribution_id_foreign\` foreign key(\`attribution_id\`) references \`attribution\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`participation_event_id_index\` on \`participation\` (\`event_id\`);`);
    this.addSql(`create index \`participation_actor_id_index\` on \`participation\` (\`actor_id\`);`);
    this.addSql(`create index \`participation_attribution_id_index\` on \`participation\` (\`attribution_id\`);`);

    this.addSql(
      `create table \`position\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`key\` text not null, \`holder_id\` integer not null, \`organization_id\` integer null, \`title\` text not null, \`acting\` integer not null default false, \`basis\` text null, constraint \`position_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`position_holder_id_foreign\` foreign key(\`holder_id\`) references \`actor\`(\`id\`) on update cascade, constraint \`position_organization_id_foreign\` foreign key(\`organization_id\`) references \`actor\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`position_document_id_index\` on \`position\` (\`document_id\`);`);
    this.addSql(`create index \`position_holder_id_index\` on \`position\` (\`holder_id\`);`);
    this.addSql(`create index \`position_organization_id_index\` on \`position\` (\`organization_id\`);`);
    this.addSql(`create unique index \`position_document_id_key_unique\` on \`position\` (\`document_id\`, \`key\`);`);

    this.addSql(
      `create table \`relation\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`key\` text not null, \`kind\` text check (\`kind\` in ('URGED', 'CRITICIZED', 'DEMANDED', 'PRESSURED', 'CHALLENGED', 'THREATENED', 'BARRED', 'SANCTIONED', 'MET_WITH', 'NEGOTIATED_WITH', 'CONSULTED', 'VISITED', 'BACKED', 'FACILITATED')) not null, \`category\` text check (\`category\` in ('PRESSURE', 'COERCION', 'DIPLOMACY', 'SUPPORT')) not null, \`source_id\` integer not null, \`target_id\` integer not null, \`summary\` text not null, \`modality\` text check (\`modality\` in ('ACTUAL', 'THREATENED', 'REQUESTED', 'POSSIBLE')) not null default 'ACTUAL', \`date_text\` text null, \`date_start\` text null, \`date_end\` text null, \`date_precision\` text check (\`date_precision\` in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, \`date_basis\` text null, \`event_id\` integer null, \`demand\` text null, \`lever\` text null, \`attribution_id\` integer not null, constraint \`relation_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`relation_source_id_foreign\` foreign key(\`source_id\`) references \`actor\`(\`id\`) on update cascade, constraint \`relation_target_id_foreign\` foreign key(\`target_id\`) references \`actor\`(\`id\`) on update cascade, constraint \`relation_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete set null on update cascade, constraint \`relation_attribution_id_foreign\` foreign key(\`attribution_id\`) references \`attribution\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`relation_document_id_index\` on \`relation\` (\`document_id\`);`);
    this.addSql(`create index \`relation_category_index\` on \`relation\` (\`category\`);`);
    this.addSql(`create index \`relation_source_id_index\` on \`relation\` (\`source_id\`);`);
    this.addSql(`create index \`relation_target_id_index\` on \`relation\` (\`target_id\`);`);
    this.addSql(`create index \`relation_event_id_index\` on \`relation\` (\`event_id\`);`);
    this.addSql(`create index \`relation_attribution_id_index\` on \`relation\` (\`attribution_id\`);`);
    this.addSql(`create unique index \`relation_document_id_key_unique\` on \`relation\` (\`document_id\`, \`key\`);`);

    this.addSql(
      `create table \`statement\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`key\` text not null, \`kind\` text check (\`kind\` in ('QUOTE', 'PARAPHRASE', 'DECLINED_TO_COMMENT', 'NO_REPLY')) not null, \`speaker_id\` integer not null, \`text\` text null, \`setting\` text null, \`date_text\` text null, \`date_start\` text null, \`date_end\` text null, \`date_precision\` text check (\`date_precision\` in ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')) null, \`date_basis\` text null, \`event_id\` integer null, constraint \`statement_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`statement_speaker_id_foreign\` foreign key(\`speaker_id\`) references \`actor\`(\`id\`) on update cascade, constraint \`statement_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`statement_document_id_index\` on \`statement\` (\`document_id\`);`);
    this.addSql(`create index \`statement_speaker_id_index\` on \`statement\` (\`speaker_id\`);`);
    this.addSql(`create index \`statement_event_id_index\` on \`statement\` (\`event_id\`);`);
    this.addSql(
      `create unique index \`statement_document_id_key_unique\` on \`statement\` (\`document_id\`, \`key\`);`,
    );

    this.addSql(
      `create table \`evidence\` (\`id\` integer not null primary key autoincrement, \`document_id\` integer not null, \`start_offset\` integer not null, \`end_offset\` integer not null, \`quote\` text not null, \`actor_id\` integer null, \`attribution_id\` integer null, \`position_id\` integer null, \`event_id\` integer null, \`participation_id\` integer null, \`relation_id\` integer null, \`statement_id\` integer null, \`figure_id\` integer null, \`negotiation_id\` integer null, constraint \`evidence_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_actor_id_foreign\` foreign key(\`actor_id\`) references \`actor\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_attribution_id_foreign\` foreign key(\`attribution_id\`) references \`attribution\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_position_id_foreign\` foreign key(\`position_id\`) references \`position\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_participation_id_foreign\` foreign key(\`participation_id\`) references \`participation\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_relation_id_foreign\` foreign key(\`relation_id\`) references \`relation\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_statement_id_foreign\` foreign key(\`statement_id\`) references \`statement\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_figure_id_foreign\` foreign key(\`figure_id\`) references \`figure\`(\`id\`) on delete cascade on update cascade, constraint \`evidence_negotiation_id_foreign\` foreign key(\`negotiation_id\`) references \`negotiation\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`evidence_document_id_index\` on \`evidence\` (\`document_id\`);`);
    this.addSql(`create index \`evidence_actor_id_index\` on \`evidence\` (\`actor_id\`);`);
    this.addSql(`create index \`evidence_attribution_id_index\` on \`evidence\` (\`attribution_id\`);`);
    this.addSql(`create index \`evidence_position_id_index\` on \`evidence\` (\`position_id\`);`);
    this.addSql(`create index \`evidence_event_id_index\` on \`evidence\` (\`event_id\`);`);
    this.addSql(`create index \`evidence_participation_id_index\` on \`evidence\` (\`participation_id\`);`);
    this.addSql(`create index \`evidence_relation_id_index\` on \`evidence\` (\`relation_id\`);`);
    this.addSql(`create index \`evidence_statement_id_index\` on \`evidence\` (\`statement_id\`);`);
    this.addSql(`create index \`evidence_figure_id_index\` on \`evidence\` (\`figure_id\`);`);
    this.addSql(`create index \`evidence_negotiation_id_index\` on \`evidence\` (\`negotiation_id\`);`);
  }
}
