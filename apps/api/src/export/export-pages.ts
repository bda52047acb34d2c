import type { EntityClass, EntityManager, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { Writable } from 'node:stream';
import { Actor } from '../actor/actor.entity.js';
import type { SqlPart } from '../common/loaders.js';
import { Evidence, type EvidenceOwner } from '../evidence/evidence.entity.js';
import { relationConditions, type ExportScope } from './export-scope.js';

/** Rows read per query: memory stays bounded by this, whatever the size of the corpus. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Reads an entity in pages of EXPORT_PAGE_SIZE by ascending id (keyset: each page starts after the
 * last id, so a late page costs what the first did). The identity map is cleared between pages:
 * what a page loaded is let go once the consumer asks for the next.
 */
export async function* pagesOf<T extends { id: number }, Hint extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: Pick<FindOptions<T, Hint>, 'populate'> = {},
): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const page = await em.find(entity, { $and: [where, { id: { $gt: after } }] } as FilterQuery<T>, {
      ...options,
      orderBy: { id: 'asc' } as FindOptions<T, Hint>['orderBy'],
      limit: EXPORT_PAGE_SIZE,
    });
    const last = page.at(-1);
    if (!last) return;
    yield page;
    after = last.id;
    em.clear();
  }
}

/** The ids a keyset statement returns (after `after`, at most a page), as numbers. */
async function idsAfter(em: EntityManager, sql: string, after: number, params: unknown[]): Promise<number[]> {
  // Drivers may hand integer keys back as strings.
  const rows = (await em.getConnection().execute(sql, [after, ...params, EXPORT_PAGE_SIZE])) as {
    id: number | string;
  }[];
  return rows.map((row) => Number(row.id));
}

/**
 * The ids of the actors at the ends of the scope's relations after `after`, in order, at most a
 * page: each end column is read in its own index order from `after` on, up to a page of distinct
 * ids, so the pages of an export read the relations once between them (a set of all the ends,
 * made again for every page, cost a tenth of a second a page for one category at 200k relations).
 */
async function relationEndIdsAfter(em: EntityManager, conditions: SqlPart[], after: number): Promise<number[]> {
  const where = conditions.map((condition) => ` and (${condition.sql})`).join('');
  const params = conditions.flatMap((condition) => condition.params);
  const endsIn = (column: string) =>
    idsAfter(
      em,
      `select distinct ${column} as id from relation where ${column} > ?${where} order by ${column} limit ?`,
      after,
      params,
    );
  const [sources, targets] = await Promise.all([endsIn('source_id'), endsIn('target_id')]);
  // A column that filled its page may have more ids past its last: only the ids up to the smaller
  // such last are known to be all there.
  const bound = Math.min(
    ...[sources, targets].map((ids) => (ids.length === EXPORT_PAGE_SIZE ? (ids.at(-1) ?? Infinity) : Infinity)),
  );
  return [...new Set([...sources, ...targets])]
    .filter((id) => id <= bound)
    .sort((a, b) => a - b)
    .slice(0, EXPORT_PAGE_SIZE);
}

/** The ids of the actors one document quotes as evidence (or, unless `quotedOnly`, names in a relation) after `after`. */
function documentActorIdsAfter(em: EntityManager, documentId: number, quotedOnly: boolean, after: number) {
  const named = quotedOnly
    ? ''
    : 'or exists (select 1 from relation r where r.document_id = ? and (r.source_id = a.id or r.target_id = a.id))';
  const sql = `select a.id from actor a where a.id > ? and (exists (select 1 from evidence e where e.document_id = ? and e.actor_id = a.id) ${named}) order by a.id limit ?`;
  return idsAfter(em, sql, after, quotedOnly ? [documentId] : [documentId, documentId]);
}

/**
 * The actors of the export, in pages by id: every actor, or, for one document, those it quotes as
 * evidence or names in one of its relations (`quotedOnly`: only those with evidence in it, as a
 * story bundle needs). When the scope picks relations, the actors at their ends, and only those.
 */
export async function* actorPages(
  em: EntityManager,
  scope: ExportScope,
  { quotedOnly = false } = {},
): AsyncGenerator<Actor[]> {
  const { document } = scope;
  if (!scope.relations && !document) {
    yield* pagesOf(em, Actor, {});
    return;
  }
  const conditions = relationConditions(scope);
  let after = 0;
  for (;;) {
    const ids = scope.relations
      ? await relationEndIdsAfter(em, conditions, after)
      : await documentActorIdsAfter(em, document?.id ?? 0, quotedOnly, after);
    const last = ids.at(-1);
    if (last === undefined) return;
    yield await em.find(Actor, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
    after = last;
    em.clear();
  }
}

/** The evidence of a page of facts of one kind (in one document), by the id of its fact, each list in id order. */
export async function evidenceOf(
  em: EntityManager,
  owner: EvidenceOwner,
  facts: readonly { id: number }[],
  documentId?: number,
): Promise<Map<number, Evidence[]>> {
  const byFact = new Map<number, Evidence[]>();
  if (!facts.length) return byFact;
  const where: FilterQuery<Evidence> = { [owner]: { $in: facts.map((fact) => fact.id) } };
  const found = await em.find(Evidence, documentId ? { $and: [where, { document: documentId }] } : where, {
    orderBy: { id: 'asc' },
  });
  for (const evidence of found) {
    const factId = evidence[owner]?.id;
    if (factId === undefined) continue;
    let list = byFact.get(factId);
    if (!list) byFact.set(factId, (list = []));
    list.push(evidence);
  }
  return byFact;
}

/**
 * Writes text to an HTTP response (or any stream), waiting whenever its buffer is full, so a slow
 * client slows the export down instead of filling the server's memory. Fails once the client has
 * gone, which ends the export.
 */
export class ExportSink {
  constructor(private readonly out: Writable) {}

  async write(chunk: string): Promise<void> {
    if (this.out.destroyed) throw new ExportAbandoned();
    if (this.out.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const drained = () => {
        this.out.off('close', closed);
        resolve();
      };
      const closed = () => {
        this.out.off('drain', drained);
        reject(new ExportAbandoned());
      };
      this.out.once('drain', drained);
      this.out.once('close', closed);
    });
  }
}

/** The client stopped reading before the export was written. */
export class ExportAbandoned extends Error {
  constructor() {
    super('the client closed the connection before the export was complete');
  }
}

/** Slugs of documents by id, looked up once each: documents are few, and their text is never loaded for this. */
export class DocumentSlugs {
  readonly #known = new Map<number, string>();

  constructor(private readonly em: EntityManager) {}

  async load(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#known.has(id));
    if (!missing.length) return;
    const rows = (await this.em
      .getConnection()
      .execute(`select id, slug from document where id in (${missing.map(() => '?').join(', ')})`, missing)) as {
      id: number | string;
      slug: string;
    }[];
    for (const row of rows) this.#known.set(Number(row.id), row.slug);
  }

  of(id: number): string {
    const slug = this.#known.get(id);
    if (slug === undefined) throw new Error(`document ${id} was not loaded`);
    return slug;
  }
}
