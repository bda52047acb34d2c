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
  let select: SqlPart;
  if (scope.relations) {
    const conditions = relationConditions(scope);
    const where = conditions.length ? conditions.map((condition) => condition.sql).join(') and (') : '1 = 1';
    const params = conditions.flatMap((condition) => condition.params);
    select = {
      sql: `a.id in (select source_id from relation where (${where}) union select target_id from relation where (${where}))`,
      params: [...params, ...params],
    };
  } else if (document) {
    const named = quotedOnly
      ? ''
      : 'or exists (select 1 from relation r where r.document_id = ? and (r.source_id = a.id or r.target_id = a.id))';
    select = {
      sql: `(exists (select 1 from evidence e where e.document_id = ? and e.actor_id = a.id) ${named})`,
      params: quotedOnly ? [document.id] : [document.id, document.id],
    };
  } else {
    yield* pagesOf(em, Actor, {});
    return;
  }
  const sql = `select a.id from actor a where a.id > ? and ${select.sql} order by a.id limit ?`;
  let after = 0;
  for (;;) {
    // Drivers may hand integer keys back as strings.
    const rows = (await em.getConnection().execute(sql, [after, ...select.params, EXPORT_PAGE_SIZE])) as {
      id: number | string;
    }[];
    const last = rows.at(-1);
    if (!last) return;
    yield await em.find(Actor, { id: { $in: rows.map((row) => Number(row.id)) } }, { orderBy: { id: 'asc' } });
    after = Number(last.id);
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
