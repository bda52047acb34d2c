import type { EntityManager } from '@mikro-orm/core';
import { stringify } from 'csv-stringify/sync';
import type { ExportSink } from './export-pages.js';
import type { ExportScope } from './export-scope.js';
import { relationRowPages } from './relation-rows.js';

/** The columns of relations.csv: one row per quote of each relation, so each row has its own offsets. */
export const RELATION_CSV_COLUMNS = [
  'document',
  'relation',
  'kind',
  'category',
  'modality',
  'source',
  'source_name',
  'target',
  'target_name',
  'summary',
  'date_text',
  'date_start',
  'date_end',
  'date_precision',
  'demand',
  'lever',
  'attribution_kind',
  'attribution_source',
  'attribution_text',
  'quote',
  'quote_start',
  'quote_end',
] as const;

/** Streams the relations as CSV (RFC 4180, with a header), a page of relations at a time. */
export async function exportRelationsCsv(sink: ExportSink, em: EntityManager, scope: ExportScope): Promise<void> {
  await sink.write(stringify([[...RELATION_CSV_COLUMNS]]));
  for await (const rows of relationRowPages(em, scope)) {
    const records = rows.flatMap((row) => {
      const common = [
        row.document,
        row.key,
        row.kind,
        row.category,
        row.modality,
        row.source.slug,
        row.source.name,
        row.target.slug,
        row.target.name,
        row.summary,
        row.date.text,
        row.date.start,
        row.date.end,
        row.date.precision,
        row.demand,
        row.lever,
        row.attribution.kind,
        row.attribution.source,
        row.attribution.text,
      ];
      // A relation always has evidence; should one have none, it still gets its row.
      if (!row.evidence.length) return [[...common, null, null, null]];
      return row.evidence.map((evidence) => [...common, evidence.quote, evidence.start, evidence.end]);
    });
    if (records.length) await sink.write(stringify(records));
  }
}
