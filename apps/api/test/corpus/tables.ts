/**
 * The tables the corpus fills and their columns, as the migrations create them, in an order where
 * every table comes after the tables it references.
 */
export const TABLES = {
  actor: ['id', 'slug', 'name', 'aliases', 'kind', 'summary', 'basis', 'search_text'],
  document: ['id', 'slug', 'title', 'publisher_id', 'published_at', 'published_at_basis', 'url', 'text', 'bundle_hash'],
  document_contributors: ['id', 'document_id', 'actor_id'],
  attribution: ['id', 'document_id', 'key', 'kind', 'source_id', 'text'],
  event: [
    'id',
    'document_id',
    'slug',
    'kind',
    'title',
    'summary',
    'date_text',
    'date_start',
    'date_end',
    'date_precision',
    'date_basis',
    'location',
    'secret',
    'attribution_id',
    'search_text',
  ],
  participation: ['id', 'event_id', 'actor_id', 'role', 'outcome', 'attribution_id'],
  position: ['id', 'document_id', 'key', 'holder_id', 'organization_id', 'title', 'acting', 'basis'],
  relation: [
    'id',
    'document_id',
    'key',
    'kind',
    'category',
    'source_id',
    'target_id',
    'summary',
    'modality',
    'date_text',
    'date_start',
    'date_end',
    'date_precision',
    'date_basis',
    'event_id',
    'demand',
    'lever',
    'attribution_id',
  ],
  statement: [
    'id',
    'document_id',
    'key',
    'kind',
    'speaker_id',
    'text',
    'setting',
    'date_text',
    'date_start',
    'date_end',
    'date_precision',
    'date_basis',
    'event_id',
  ],
  figure: [
    'id',
    'document_id',
    'key',
    'amount',
    'currency',
    'summary',
    'measure',
    'modality',
    'condition',
    'subject_id',
    'period_text',
    'period_start',
    'period_end',
    'period_precision',
    'period_basis',
    'attribution_id',
  ],
  negotiation: [
    'id',
    'document_id',
    'slug',
    'title',
    'summary',
    'deadline_text',
    'deadline_start',
    'deadline_end',
    'deadline_precision',
    'deadline_basis',
    'issues',
  ],
  negotiation_party: ['id', 'negotiation_id', 'actor_id'],
  negotiation_round: ['id', 'negotiation_id', 'event_id'],
  evidence: [
    'id',
    'document_id',
    'start_offset',
    'end_offset',
    'quote',
    'actor_id',
    'attribution_id',
    'position_id',
    'event_id',
    'participation_id',
    'relation_id',
    'statement_id',
    'figure_id',
    'negotiation_id',
  ],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A column value as both databases take it; JSON columns are written as JSON text. */
export type Value = string | number | boolean | null;
export type RowOf<T extends TableName> = Record<(typeof TABLES)[T][number], Value>;

/** Rows generated together (one document and its facts), by table. */
export type Batch = { [T in TableName]: RowOf<T>[] };

export function emptyBatch(): Batch {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as Batch;
}
