import type { EntityManager } from '@mikro-orm/core';
import type { SqlPart } from '../common/loaders.js';
import { EXPORT_PAGE_SIZE } from './export-pages.js';
import { relationConditions, type ExportScope } from './export-scope.js';

/** A relation as the flat exports write it: its ends by slug and name, its attribution and quotes resolved. */
export interface RelationRow {
  /** `<document slug>/<relation key>`: unique, and stable across exports. */
  id: string;
  document: string;
  key: string;
  kind: string;
  category: string;
  modality: string;
  summary: string;
  demand: string | null;
  lever: string | null;
  date: { text: string | null; start: string | null; end: string | null; precision: string | null };
  source: { slug: string; name: string };
  target: { slug: string; name: string };
  attribution: { kind: string; source: string | null; text: string | null };
  evidence: { quote: string; start: number; end: number }[];
}

interface RelationRecord {
  id: number | string;
  document: string;
  key: string;
  kind: string;
  category: string;
  modality: string;
  summary: string;
  demand: string | null;
  lever: string | null;
  date_text: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  source_slug: string;
  source_name: string;
  target_slug: string;
  target_name: string;
  attribution_kind: string;
  attribution_source: string | null;
  attribution_text: string | null;
}

/**
 * One page of relations with everything the flat exports print, in one joined statement (plain
 * rows, no entities to hydrate: this is what makes a 200,000-relation export take seconds). The
 * page is picked from \`relation\` alone, where the scope's conditions name its columns unqualified
 * and its indexes serve them, and only its rows are joined.
 */
function pageSql(conditions: SqlPart[]): string {
  const where = conditions.map((condition) => ` and (${condition.sql})`).join('');
  return `select r.id, d.slug as document, r.key, r.kind, r.category, r.modality, r.summary, r.demand, r.lever,
      r.date_text, r.date_start, r.date_end, r.date_precision,
      s.slug as source_slug, s.name as source_name, t.slug as target_slug, t.name as target_name,
      a.kind as attribution_kind, asrc.slug as attribution_source, a.text as attribution_text
    from (select * from relation where id > ?${where} order by id limit ?) r
    join document d on d.id = r.document_id
    join actor s on s.id = r.source_id
    join actor t on t.id = r.target_id
    join attribution a on a.id = r.attribution_id
    left join actor asrc on asrc.id = a.source_id
    order by r.id`;
}

/** The relations of a scope, a page at a time in id order: memory stays bounded by the page. */
export async function* relationRowPages(em: EntityManager, scope: ExportScope): AsyncGenerator<RelationRow[]> {
  const connection = em.getConnection();
  const conditions = relationConditions(scope);
  const sql = pageSql(conditions);
  const conditionParams = conditions.flatMap((condition) => condition.params);
  let after = 0;
  for (;;) {
    const params = [after, ...conditionParams, EXPORT_PAGE_SIZE];
    const records = (await connection.execute(sql, params)) as RelationRecord[];
    const last = records.at(-1);
    if (!last) return;
    const ids = records.map((record) => Number(record.id));
    const quotes = (await connection.execute(
      `select relation_id, quote, start_offset, end_offset from evidence where relation_id in (${ids.map(() => '?').join(', ')}) order by id`,
      ids,
    )) as { relation_id: number | string; quote: string; start_offset: number; end_offset: number }[];
    const evidence = new Map<number, RelationRow['evidence']>();
    for (const quote of quotes) {
      const relationId = Number(quote.relation_id);
      let list = evidence.get(relationId);
      if (!list) evidence.set(relationId, (list = []));
      list.push({ quote: quote.quote, start: quote.start_offset, end: quote.end_offset });
    }
    yield records.map((record) => ({
      id: `${record.document}/${record.key}`,
      document: record.document,
      key: record.key,
      kind: record.kind,
      category: record.category,
      modality: record.modality,
      summary: record.summary,
      demand: record.demand,
      lever: record.lever,
      date: {
        text: record.date_text,
        start: record.date_start,
        end: record.date_end,
        precision: record.date_precision,
      },
      source: { slug: record.source_slug, name: record.source_name },
      target: { slug: record.target_slug, name: record.target_name },
      attribution: {
        kind: record.attribution_kind,
        source: record.attribution_source,
        text: record.attribution_text,
      },
      evidence: evidence.get(Number(record.id)) ?? [],
    }));
    after = Number(last.id);
  }
}
