import type { EntityManager } from '@mikro-orm/core';
import { RELATION_KINDS, RelationKind } from '../src/relation/relation-kind.js';

export interface SyntheticRelation {
  source: number;
  target: number;
  kind?: RelationKind;
  /** yyyy-mm-dd: the relation's day; undated when omitted. */
  date?: string;
}

/**
 * Adds actors `name-0` … `name-(count-1)` and relations between them (by index) to a seeded
 * database, filed under the story's first document; returns the actors' ids by index.
 */
export async function addSyntheticGraph(
  em: EntityManager,
  name: string,
  count: number,
  relations: SyntheticRelation[],
): Promise<number[]> {
  const connection = em.getConnection();
  const [attribution] = (await connection.execute('select document_id, id from attribution order by id limit 1')) as {
    document_id: number;
    id: number;
  }[];
  if (!attribution) throw new Error('the synthetic graph needs a seeded database');
  for (let i = 0; i < count; i++) {
    await connection.execute(
      `insert into actor (slug, name, aliases, kind, search_text) values (?, ?, '[]', 'PERSON', ?)`,
      [`${name}-${i}`, `${name} ${i}`, `${name} ${i}`],
    );
  }
  const rows = (await connection.execute('select id, slug from actor where slug like ?', [`${name}-%`])) as {
    id: number | string;
    slug: string;
  }[];
  const bySlug = new Map(rows.map((row) => [row.slug, Number(row.id)]));
  const ids = Array.from({ length: count }, (_, i) => bySlug.get(`${name}-${i}`) ?? 0);
  for (const [n, { source, target, kind = RelationKind.MET_WITH, date }] of relations.entries()) {
    await connection.execute(
      `insert into relation (document_id, key, kind, category, source_id, target_id, summary, modality, attribution_id,
         date_text, date_start, date_end, date_precision)
       values (?, ?, ?, ?, ?, ?, 'synthetic', 'ACTUAL', ?, ?, ?, ?, ?)`,
      [
        attribution.document_id,
        `${name}-${n}`,
        kind,
        RELATION_KINDS[kind].category,
        ids[source],
        ids[target],
        attribution.id,
        date ?? null,
        date ?? null,
        date ?? null,
        date ? 'DAY' : null,
      ],
    );
  }
  return ids;
}
